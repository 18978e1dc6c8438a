package dev.webhookinspector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.text.SafeText;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The {@code --format json} document: stable keys for scripts, timestamps ISO-8601 UTC, secrets masked unless asked. */
final class SnapshotJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Escapes bidi overrides and other controls as \\uXXXX too, so a terminal shows them instead of obeying them. */
    private static final ObjectWriter WRITER = JSON.writer().with(SafeText.JSON_ESCAPES);

    private SnapshotJson() {}

    static String render(FetchResult result, boolean showSecrets) {
        return write(node(result, showSecrets));
    }

    /**
     * {@code list --format json}: an array of the objects {@link #render} prints, each without {@code raw}, since a
     * list is for scanning many and get shows one webhook's whole answer.
     */
    static String renderList(List<FetchResult> results, boolean showSecrets) {
        ArrayNode array = JSON.createArrayNode();
        for (FetchResult r : results) {
            ObjectNode o = node(r, showSecrets);
            o.remove("raw");
            array.add(o);
        }
        return write(array);
    }

    private static ObjectNode node(FetchResult result, boolean showSecrets) {
        // Masked everywhere, not only in the secrets list: a provider may repeat a secret in any field.
        Snapshot s = showSecrets ? result.snapshot() : result.snapshot().masked();
        ObjectNode root = JSON.createObjectNode();
        root.put("provider", s.provider().value());
        root.put("id", s.id());
        root.put("name", s.name());
        root.put("url", s.url());
        root.put("status", s.status());
        Boolean healthy = s.verdict().healthy();
        if (healthy == null) root.putNull("healthy"); else root.put("healthy", healthy);
        root.put("verdict", s.verdict().key());
        root.put("reason", s.reason());
        ArrayNode events = root.putArray("events");
        s.events().forEach(events::add);
        putInstant(root, "createdAt", s.createdAt());
        putInstant(root, "updatedAt", s.updatedAt());
        putInstant(root, "lastStatusChange", s.lastStatusChange());
        ArrayNode secrets = root.putArray("secrets");
        for (Secret secret : s.secrets()) {
            secrets.addObject().put("label", secret.label()).put("value", showSecrets ? secret.reveal() : secret.masked());
        }
        root.put("failuresReported", s.failuresReported());
        ArrayNode failures = root.putArray("failures");
        for (Failure f : s.failures()) {
            ObjectNode fo = failures.addObject();
            putInstant(fo, "timestamp", f.timestamp());
            fo.put("message", f.message());
            if (f.code() == null) fo.putNull("code"); else fo.put("code", f.code());
        }
        if (s.metricsReported()) {
            ObjectNode metrics = root.putObject("metrics");
            for (Metric m : s.metrics()) putValue(metrics, m.key(), m.value());
        } else {
            root.putNull("metrics");
        }
        if (s.scope() == null) root.putNull("scope");
        else root.putObject("scope").put("field", s.scope().field()).put("id", s.scope().id());
        ObjectNode extras = root.putObject("extras");
        for (Map.Entry<String, JsonNode> e : s.extras().entrySet()) extras.set(e.getKey(), e.getValue());
        ArrayNode unknown = root.putArray("unknownValues");
        s.unknownValues().forEach(unknown::add);
        ObjectNode request = root.putObject("request");
        request.put("method", result.request().method());
        request.put("url", result.request().url().toString());
        ObjectNode headers = request.putObject("headers");
        for (Header h : result.request().headers()) headers.put(h.name(), h.shownValue());
        request.put("httpStatus", result.httpStatus());
        putInstant(request, "sentAt", result.fetchedAt());
        request.put("durationMs", result.duration().toMillis());
        root.set("raw", s.raw());
        return root;
    }

    /** An empty object for the other commands' JSON, written by {@link #write} with the same escapes. */
    static ObjectNode object() { return JSON.createObjectNode(); }

    static String write(JsonNode root) {
        try {
            return WRITER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    private static void putInstant(ObjectNode node, String key, Instant value) {
        if (value == null) node.putNull(key); else node.put(key, value.toString());
    }

    private static void putValue(ObjectNode node, String key, Object value) {
        switch (value) {
            case null -> node.putNull(key);
            case Long l -> node.put(key, l);
            case Integer i -> node.put(key, i);
            case Double d -> node.put(key, d);
            case Instant t -> node.put(key, t.toString());
            default -> node.put(key, value.toString());
        }
    }
}
