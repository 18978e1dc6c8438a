package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Snapshot;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The response as received, secrets masked, pretty-printed, with find next / previous. */
public final class RawJsonViewModel {
    private final Context ctx;
    private final ObservableList<JsonLines.Line> lines = FXCollections.observableArrayList();
    private final ObservableList<JsonLines.Line> linesView = FXCollections.unmodifiableObservableList(lines);
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<JsonLines.Match>> matches = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<JsonLines.Match> currentMatch = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper matchText = new ReadOnlyStringWrapper("");
    private com.fasterxml.jackson.databind.JsonNode shown;

    RawJsonViewModel(Context ctx) {
        this.ctx = ctx;
        query.addListener((o, a, b) -> search());
    }

    /** The pretty-printed lines, worked out off the JavaFX thread; {@code masked} as {@link Snapshot#masked()} gives it. */
    static List<JsonLines.Line> prepare(com.fasterxml.jackson.databind.JsonNode masked) {
        return JsonLines.lines(masked);
    }

    void show(com.fasterxml.jackson.databind.JsonNode masked, List<JsonLines.Line> prepared) {
        shown = masked;
        lines.setAll(prepared);
        search();
    }

    void clear() {
        shown = null;
        lines.clear();
        query.set("");
        search();
    }

    private void search() {
        List<JsonLines.Match> found = JsonLines.find(lines, query.get());
        matches.set(found);
        select(found.isEmpty() ? -1 : 0);
    }

    public void next() { step(1); }

    public void previous() { step(-1); }

    private void step(int delta) {
        int n = matches.get().size();
        if (n == 0) return;
        select(Math.floorMod(current.get() + delta, n));
    }

    private void select(int i) {
        current.set(i);
        currentMatch.set(i < 0 ? null : matches.get().get(i));
        String q = query.get() == null ? "" : query.get();
        int n = matches.get().size();
        matchText.set(q.isEmpty() ? "" : n == 0 ? "No matches" : (i + 1) + " of " + n);
    }

    public void copyAll() { ctx.copy(text(), "JSON copied (secrets masked)"); }

    /** Copies lines the user selected; they come from the masked text, so no secret can leave this way. */
    public void copyLines(String selected) { ctx.copy(selected, "Selected lines copied"); }

    public ObservableList<JsonLines.Line> lines() { return linesView; }
    public StringProperty queryProperty() { return query; }
    public ReadOnlyObjectProperty<List<JsonLines.Match>> matchesProperty() { return matches.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<JsonLines.Match> currentMatchProperty() { return currentMatch.getReadOnlyProperty(); }
    public ReadOnlyStringProperty matchTextProperty() { return matchText.getReadOnlyProperty(); }
    /** The whole response as copied; made when asked (it is as long as all the lines together). */
    public String text() { return shown == null ? "" : JsonLines.pretty(shown); }
}
