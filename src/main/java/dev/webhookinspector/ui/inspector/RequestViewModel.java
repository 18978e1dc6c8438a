package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.SentRequest;
import dev.webhookinspector.core.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The exact request that produced the snapshot, key masked, and a cURL command that reads the key from the environment. */
public final class RequestViewModel {
    /** A header as shown: the value masked when it carries the key. */
    public record HeaderRow(String name, String value, boolean sensitive) {}

    private final Context ctx;
    private final ReadOnlyStringWrapper method = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ObservableList<HeaderRow> headers = FXCollections.observableArrayList();
    private final ObservableList<HeaderRow> headersView = FXCollections.unmodifiableObservableList(headers);
    private final ReadOnlyStringWrapper curl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fetched = new ReadOnlyStringWrapper("");
    private FetchResult result;

    RequestViewModel(Context ctx) { this.ctx = ctx; }

    void show(FetchResult r) {
        result = r;
        SentRequest req = r.request();
        method.set(req.method());
        url.set(SafeText.terminal(req.url().toString()));
        List<HeaderRow> rows = new ArrayList<>();
        for (Header h : req.headers()) rows.add(new HeaderRow(h.name(), h.shownValue(), h.sensitive()));
        headers.setAll(rows);
        curl.set(req.asCurl());
        String attempts = r.attempts() > 1 ? " after " + r.attempts() + " attempts" : "";
        response.set("HTTP " + r.httpStatus() + " in " + Formats.duration(r.duration()) + attempts);
        refresh();
    }

    void refresh() {
        if (result == null || result.fetchedAt() == null) return;
        fetched.set("Fetched " + Formats.withRelative(result.fetchedAt(), ctx.zone(), ctx.instant()));
    }

    void clear() {
        result = null;
        headers.clear();
        for (ReadOnlyStringWrapper w : List.of(method, url, curl, response, fetched)) w.set("");
    }

    public void copyCurl() {
        ctx.copy(curl.get(), "cURL command copied; it reads the key from $WEBHOOK_INSPECTOR_API_KEY");
    }

    public void copyUrl() { ctx.copy(url.get(), "Request URL copied"); }

    public ReadOnlyStringProperty methodProperty() { return method.getReadOnlyProperty(); }
    public ReadOnlyStringProperty urlProperty() { return url.getReadOnlyProperty(); }
    public ObservableList<HeaderRow> headers() { return headersView; }
    public ReadOnlyStringProperty curlProperty() { return curl.getReadOnlyProperty(); }
    public ReadOnlyStringProperty responseProperty() { return response.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fetchedProperty() { return fetched.getReadOnlyProperty(); }
}
