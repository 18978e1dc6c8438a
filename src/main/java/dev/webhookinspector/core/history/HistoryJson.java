package dev.webhookinspector.core.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.FailureGroup;
import java.time.Instant;
import java.util.List;

/** The JSON shape of a history and of a list of changes, shared by {@code history --format json}, {@code diff} and the JSON report. */
public final class HistoryJson {
    static final ObjectMapper JSON = new ObjectMapper();
    public static final com.fasterxml.jackson.databind.node.JsonNodeFactory JSON_FACTORY = JSON.getNodeFactory();

    private HistoryJson() {}

    public static ObjectNode history(WebhookHistory h) {
        ObjectNode root = JSON.createObjectNode();
        root.set("webhook", key(h.key()));
        put(root, "since", h.since());
        ArrayNode timeline = root.putArray("timeline");
        for (RecordedSnapshot s : h.timeline()) {
            ObjectNode o = timeline.addObject();
            put(o, "fetchedAt", s.fetchedAt());
            o.put("verdict", s.verdict().key());
            o.put("reason", s.reason());
            o.put("status", s.status());
            o.put("failureCount", s.failureCount());
            ObjectNode counters = o.putObject("counters");
            s.counters().forEach(counters::put);
        }
        ArrayNode changes = root.putArray("changes");
        for (WebhookHistory.DatedChange c : h.changes()) {
            ObjectNode o = change(c.change());
            put(o, "at", c.at());
            changes.add(o);
        }
        root.set("failureGroups", groups(h.groups()));
        ArrayNode failures = root.putArray("failures");
        for (RecordedFailure f : h.failures()) {
            ObjectNode o = failure(f.failure());
            o.put("kind", f.kind().label());
            put(o, "firstSeen", f.firstSeen());
            put(o, "lastSeen", f.lastSeen());
            failures.add(o);
        }
        return root;
    }

    public static ObjectNode key(WebhookKey key) {
        return JSON.createObjectNode().put("profile", key.profile()).put("provider", key.provider()).put("id", key.webhookId());
    }

    public static ObjectNode change(Change c) {
        return JSON.createObjectNode().put("kind", c.key()).put("field", c.field()).put("before", c.before()).put("after", c.after())
                .put("text", c.wording());
    }

    public static ArrayNode changes(List<Change> changes) {
        ArrayNode a = JSON.createArrayNode();
        changes.forEach(c -> a.add(change(c)));
        return a;
    }

    public static ArrayNode groups(List<FailureGroup> groups) {
        ArrayNode a = JSON.createArrayNode();
        for (FailureGroup g : groups) {
            ObjectNode o = a.addObject().put("kind", g.kind().label()).put("count", g.count());
            put(o, "first", g.firstSeen());
            put(o, "last", g.lastSeen());
            o.put("commonMessage", g.commonMessage());
        }
        return a;
    }

    static ObjectNode failure(Failure f) {
        ObjectNode o = JSON.createObjectNode();
        put(o, "timestamp", f.timestamp());
        o.put("message", f.message());
        if (f.code() == null) o.putNull("code"); else o.put("code", f.code());
        return o;
    }

    public static void put(ObjectNode o, String key, Instant t) {
        if (t == null) o.putNull(key); else o.put(key, t.toString());
    }
}
