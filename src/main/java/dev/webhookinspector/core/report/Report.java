package dev.webhookinspector.core.report;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.history.Change;
import dev.webhookinspector.core.history.RecordedFailure;
import dev.webhookinspector.core.history.WebhookHistory;
import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a shared report says about one webhook: the fetch it was made from (masked here, once, so no renderer can
 * leak a secret), the history over the period and the changes since the fetch before. Renderers: {@link
 * ReportMarkdown}, {@link ReportHtml}, {@link ReportJson}.
 *
 * @param history empty when the profile's history is off or nothing was recorded
 */
public record Report(Snapshot snapshot, FetchResult fetch, Optional<WebhookHistory> history, List<Change> sinceLastFetch, Instant generatedAt) {
    public Report {
        sinceLastFetch = List.copyOf(sinceLastFetch);
    }

    public static Report of(FetchResult fetch, Optional<WebhookHistory> history, List<Change> sinceLastFetch, Instant generatedAt) {
        return new Report(fetch.snapshot().masked(), fetch, history, sinceLastFetch, generatedAt);
    }

    /** The failures by kind: from the whole recorded log when there is one, else from this fetch. */
    public List<FailureGroup> failureGroups() {
        if (history.isPresent() && !history.get().failures().isEmpty()) return history.get().groups();
        return FailureGroup.of(snapshot.failures());
    }

    /** The recorded failure log, newest first; empty without history. */
    public List<RecordedFailure> failureLog() {
        return history.map(WebhookHistory::failures).orElse(List.of());
    }

    /** One labelled value of the fields section. */
    public record Field(String label, String value) {}

    /** The fields every format lists, in order, worded once: masked, times in UTC. */
    public List<Field> fields() {
        List<Field> out = new java.util.ArrayList<>();
        out.add(new Field("Provider", snapshot.provider().value()));
        out.add(new Field("ID", snapshot.id()));
        if (snapshot.name() != null) out.add(new Field("Name", snapshot.name()));
        out.add(new Field("URL", snapshot.url() == null ? "" : snapshot.url()));
        if (snapshot.status() != null) out.add(new Field("Status", snapshot.status()));
        time(out, "Created", snapshot.createdAt());
        time(out, "Updated", snapshot.updatedAt());
        time(out, "Last status change", snapshot.lastStatusChange());
        if (snapshot.scope() != null) out.add(new Field("Scope", snapshot.scope().field() + " " + snapshot.scope().id()));
        for (dev.webhookinspector.core.model.Metric m : snapshot.metrics()) out.add(new Field(m.label(), m.text(generatedAt)));
        out.add(new Field("Fetched", dev.webhookinspector.core.text.Formats.absolute(fetch.fetchedAt(), dev.webhookinspector.core.text.Formats.UTC)
                + ", HTTP " + fetch.httpStatus()));
        return out;
    }

    private void time(List<Field> out, String label, Instant t) {
        if (t != null) out.add(new Field(label, dev.webhookinspector.core.text.Formats.withRelative(t, dev.webhookinspector.core.text.Formats.UTC, generatedAt)));
    }

    /** "CRM bridge (6650c3e2a1b4f9d8e7c6b5a2)", or the ID alone. */
    public String title() {
        return snapshot.name() == null || snapshot.name().isBlank() ? snapshot.id() : snapshot.name() + " (" + snapshot.id() + ")";
    }

    /** The request as cURL, the key read from $WEBHOOK_INSPECTOR_API_KEY. */
    public String curl() {
        return fetch.request().asCurl();
    }
}
