package dev.webhookinspector.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.history.HistoryJson;
import dev.webhookinspector.core.model.Secret;

/** The report as JSON for tools: the same sections as the other formats, the whole failure log, times ISO-8601 UTC. */
public final class ReportJson {
    private ReportJson() {}

    public static ObjectNode render(Report r) {
        ObjectNode root = HistoryJson.JSON_FACTORY.objectNode();
        HistoryJson.put(root, "generatedAt", r.generatedAt());
        root.put("verdict", r.snapshot().verdict().key());
        root.put("verdictLabel", r.snapshot().verdict().label());
        root.put("reason", r.snapshot().reason());
        ObjectNode fields = root.putObject("fields");
        for (Report.Field f : r.fields()) fields.put(f.label(), f.value());
        ArrayNode events = root.putArray("events");
        r.snapshot().events().forEach(events::add);
        ArrayNode secrets = root.putArray("secrets");
        for (Secret s : r.snapshot().secrets()) secrets.addObject().put("label", s.label()).put("masked", s.masked());
        root.set("changesSinceLastFetch", HistoryJson.changes(r.sinceLastFetch()));
        root.set("failureGroups", HistoryJson.groups(r.failureGroups()));
        if (r.history().isPresent()) root.set("history", HistoryJson.history(r.history().get()));
        else root.putNull("history");
        ObjectNode request = root.putObject("request");
        request.put("method", r.fetch().request().method());
        request.put("url", r.fetch().request().url().toString());
        request.put("curl", r.curl());
        return root;
    }
}
