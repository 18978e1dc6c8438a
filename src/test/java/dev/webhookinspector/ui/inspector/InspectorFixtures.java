package dev.webhookinspector.ui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.SentRequest;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Health;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Scope;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Snapshots built the way the providers map them, with the raw JSON each API sends, for tests and
 * screenshots of the panels. Times are relative to a fixed "now" so relative texts are stable.
 */
final class InspectorFixtures {
    static final Instant NOW = Instant.parse("2026-03-10T14:30:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    static final String ULTRAVOX_SECRET_1 = "uvs_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    static final String ULTRAVOX_SECRET_2 = "uvs_0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final String FEATUREBASE_SECRET = "whsec_Jq3vK8mN2pR5tW7yZ1bC4dF6gH9";
    private static final ObjectMapper JSON = new ObjectMapper();

    private InspectorFixtures() {}

    static FetchResult ultravoxHealthy() {
        String id = "3f1c2a9e-7b4d-4e8a-9c21-5d6e7f8a9b0c";
        Instant created = NOW.minus(Duration.ofDays(41));
        Instant changed = NOW.minus(Duration.ofDays(3).plusHours(2));
        ObjectNode raw = JSON.createObjectNode();
        raw.put("webhookId", id);
        raw.put("agentId", "8c0d2e4f-1a3b-4c5d-8e9f-0a1b2c3d4e5f");
        raw.put("created", created.toString());
        raw.put("url", "https://hooks.acme-support.com/ultravox/calls");
        raw.putArray("secrets").add(ULTRAVOX_SECRET_1);
        raw.putArray("events").add("call.started").add("call.ended").add("call.billed");
        raw.put("status", "normal");
        raw.put("lastStatusChange", changed.toString());
        raw.putArray("recentFailures");
        Snapshot s = new Snapshot("ultravox", id, null, "https://hooks.acme-support.com/ultravox/calls", "normal",
                Health.HEALTHY, List.of("call.started", "call.ended", "call.billed"), created, null, changed,
                List.of(new Secret("Secret 1", ULTRAVOX_SECRET_1)), List.of(), true,
                List.of(new Metric("recentFailureCount", "Recent failures", 0L, "", Metric.Level.OK),
                        new Metric("failureRatePerHour", "Failure rate", 0.0, "/h", Metric.Level.OK)),
                true, new Scope("agentId", "8c0d2e4f-1a3b-4c5d-8e9f-0a1b2c3d4e5f"), Map.of(), List.of(), raw);
        return result(s, "https://api.ultravox.ai/api/webhooks/" + id, Header.secret("X-API-Key", "Zk3v9QpL.a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"));
    }

    static FetchResult ultravoxFailing() {
        return ultravoxWithFailures("b7e2d1c0-5a4f-4e3d-9c2b-1a0f9e8d7c6b", mixedFailures(46, Duration.ofHours(30), 7));
    }

    static FetchResult ultravoxManyFailures(int n) {
        return ultravoxWithFailures("c0ffee00-1234-4abc-8def-0123456789ab", mixedFailures(n, Duration.ofHours(72), 11));
    }

    private static FetchResult ultravoxWithFailures(String id, List<Failure> failures) {
        Instant created = NOW.minus(Duration.ofDays(120));
        Instant changed = NOW.minus(Duration.ofHours(5).plusMinutes(12));
        ObjectNode raw = JSON.createObjectNode();
        raw.put("webhookId", id);
        raw.putNull("agentId");
        raw.put("created", created.toString());
        raw.put("url", "https://api.orders.example.net/hooks/voice");
        raw.putArray("secrets").add(ULTRAVOX_SECRET_1).add(ULTRAVOX_SECRET_2);
        raw.putArray("events").add("call.started").add("call.joined").add("call.ended").add("call.transferred");
        raw.put("status", "unhealthy");
        raw.put("lastStatusChange", changed.toString());
        ArrayNode rf = raw.putArray("recentFailures");
        for (Failure f : failures) {
            ObjectNode o = rf.addObject();
            o.put("timestamp", f.timestamp().toString());
            o.put("failure", f.message());
        }
        raw.put("deliveryRegion", "eu-west-1");
        double hours = failures.isEmpty() ? 0 : Math.max(1, Duration.between(
                failures.stream().map(Failure::timestamp).min(Instant::compareTo).orElseThrow(),
                failures.stream().map(Failure::timestamp).max(Instant::compareTo).orElseThrow()).toMinutes() / 60.0);
        Snapshot s = new Snapshot("ultravox", id, null, "https://api.orders.example.net/hooks/voice", "unhealthy",
                Health.UNHEALTHY, List.of("call.started", "call.joined", "call.ended", "call.transferred"), created, null, changed,
                List.of(new Secret("Secret 1", ULTRAVOX_SECRET_1), new Secret("Secret 2", ULTRAVOX_SECRET_2)),
                failures, true,
                List.of(new Metric("recentFailureCount", "Recent failures", (long) failures.size(), "", Metric.Level.CRITICAL),
                        new Metric("failureRatePerHour", "Failure rate", failures.size() / hours, "/h", Metric.Level.CRITICAL)),
                true, null, Map.of("deliveryRegion", raw.get("deliveryRegion")), List.of("call.transferred"), raw);
        return result(s, "https://api.ultravox.ai/api/webhooks/" + id, Header.secret("X-API-Key", "Zk3v9QpL.a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"));
    }

    /** Ultravox-style free-text failures of every kind, spread over {@code span} before NOW, newest last. */
    static List<Failure> mixedFailures(int n, Duration span, long seed) {
        String[] messages = {
                "HTTP 503 Service Unavailable from receiver",
                "HTTP 502 Bad Gateway: upstream connect error",
                "Request timed out after 10000 ms",
                "Connection refused (api.orders.example.net:443)",
                "TLS handshake failed: certificate has expired",
                "Received 404 Not Found",
                "Received 401 Unauthorized: invalid signature",
                "Socket hang up",
        };
        double[] weights = {0.34, 0.12, 0.2, 0.1, 0.04, 0.1, 0.05, 0.05};
        Random r = new Random(seed);
        List<Failure> out = new ArrayList<>(n);
        long spanSec = span.toSeconds();
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble();
            int k = 0;
            for (double acc = weights[0]; x > acc && k < weights.length - 1; acc += weights[++k]) { }
            // later failures cluster towards now, as an outage that is getting worse would
            long back = (long) (spanSec * Math.pow(r.nextDouble(), 1.6));
            out.add(new Failure(NOW.minusSeconds(back + 60), messages[k], null));
        }
        out.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
        return out;
    }

    static FetchResult v0() {
        String id = "wh_ghi012";
        Instant created = NOW.minus(Duration.ofDays(9).plusHours(4));
        ObjectNode raw = JSON.createObjectNode();
        raw.put("id", id);
        raw.put("createdAt", created.toString());
        raw.put("name", "Deploy notifications");
        raw.putArray("events").add("chat.created").add("message.finished").add("message.created");
        raw.put("url", "https://ci.example.dev/hooks/v0");
        raw.putNull("chatId");
        Snapshot s = new Snapshot("v0", id, "Deploy notifications", "https://ci.example.dev/hooks/v0", null, Health.UNKNOWN,
                List.of("chat.created", "message.finished", "message.created"), created, null, null, List.of(), List.of(), false,
                List.of(), false, null, Map.of(), List.of(), raw);
        return result(s, "https://api.v0.dev/v2/hooks/" + id, Header.secret("Authorization", "Bearer v0_live_8XkQ2mN5pR7tW9yZ3bC6dF"));
    }

    static FetchResult featurebaseHealthy() {
        return featurebase("507f1f77bcf86cd799439011", "Production Webhook", "active", Health.HEALTHY, null,
                List.of(new Metric("lastResponseTime", "Last response", 150L, "ms", Metric.Level.OK),
                        new Metric("avgResponseTime", "Average response", 212L, "ms", Metric.Level.OK),
                        new Metric("lastSuccessAt", "Last success", NOW.minus(Duration.ofMinutes(4)), "", Metric.Level.OK),
                        new Metric("errorsSinceLastSuccess", "Errors since last success", 0L, "", Metric.Level.OK),
                        new Metric("consecutiveFailures", "Consecutive failures", 0L, "", Metric.Level.OK),
                        new Metric("timeoutMs", "Request timeout", 5000L, "ms", Metric.Level.NEUTRAL)),
                200, "Success", NOW.minus(Duration.ofMinutes(4)));
    }

    static FetchResult featurebaseFailing() {
        Instant last = NOW.minus(Duration.ofMinutes(18));
        return featurebase("65a1b2c3d4e5f60718293a4b", "Changelog to Slack", "active", Health.UNHEALTHY,
                new Failure(last, "Bad Gateway", 502),
                List.of(new Metric("lastResponseTime", "Last response", 4870L, "ms", Metric.Level.CRITICAL),
                        new Metric("avgResponseTime", "Average response", 2350L, "ms", Metric.Level.WARNING),
                        new Metric("lastSuccessAt", "Last success", NOW.minus(Duration.ofHours(27)), "", Metric.Level.CRITICAL),
                        new Metric("errorsSinceLastSuccess", "Errors since last success", 14L, "", Metric.Level.CRITICAL),
                        new Metric("consecutiveFailures", "Consecutive failures", 7L, "", Metric.Level.CRITICAL),
                        new Metric("timeoutMs", "Request timeout", 5000L, "ms", Metric.Level.NEUTRAL)),
                502, "Bad Gateway", last);
    }

    static FetchResult featurebaseSuspended() {
        Instant last = NOW.minus(Duration.ofDays(2));
        return featurebase("65f0e1d2c3b4a59687766554", "Votes to CRM", "suspended", Health.UNHEALTHY,
                new Failure(last, "Gateway Timeout", 504),
                List.of(new Metric("lastResponseTime", "Last response", 30000L, "ms", Metric.Level.CRITICAL),
                        new Metric("avgResponseTime", "Average response", 9120L, "ms", Metric.Level.CRITICAL),
                        new Metric("lastSuccessAt", "Last success", null, "", Metric.Level.CRITICAL),
                        new Metric("errorsSinceLastSuccess", "Errors since last success", 250L, "", Metric.Level.CRITICAL),
                        new Metric("consecutiveFailures", "Consecutive failures", 250L, "", Metric.Level.CRITICAL),
                        new Metric("timeoutMs", "Request timeout", 30000L, "ms", Metric.Level.NEUTRAL)),
                504, "Gateway Timeout", last);
    }

    private static FetchResult featurebase(String id, String name, String status, Health health, Failure failure,
                                           List<Metric> metrics, int lastCode, String lastMessage, Instant lastAt) {
        Instant created = NOW.minus(Duration.ofDays(64));
        Instant updated = NOW.minus(Duration.ofDays(2).plusHours(3));
        ObjectNode raw = JSON.createObjectNode();
        raw.put("object", "webhook");
        raw.put("id", id);
        raw.put("name", name);
        raw.put("url", "https://example.com/webhooks/featurebase");
        raw.put("secret", FEATUREBASE_SECRET);
        raw.put("description", "Posts new changelog entries and votes to the team channel");
        raw.putArray("topics").add("post.created").add("post.updated").add("changelog.published").add("post.voted");
        raw.put("status", status);
        ObjectNode rc = raw.putObject("requestConfig");
        Map<String, Object> metricValues = new LinkedHashMap<>();
        for (Metric m : metrics) metricValues.put(m.key(), m.value());
        rc.put("timeoutMs", (Long) metricValues.get("timeoutMs"));
        rc.putObject("headers").put("X-Custom-Header", "inspector-demo");
        ObjectNode ls = raw.putObject("lastStatus");
        ls.put("code", lastCode);
        ls.put("message", lastMessage);
        ls.put("timestamp", lastAt.toString());
        ObjectNode h = raw.putObject("health");
        h.put("lastResponseTime", (Long) metricValues.get("lastResponseTime"));
        h.put("avgResponseTime", (Long) metricValues.get("avgResponseTime"));
        Object lastSuccess = metricValues.get("lastSuccessAt");
        if (lastSuccess == null) h.putNull("lastSuccessAt"); else h.put("lastSuccessAt", lastSuccess.toString());
        h.put("errorsSinceLastSuccess", (Long) metricValues.get("errorsSinceLastSuccess"));
        h.put("consecutiveFailures", (Long) metricValues.get("consecutiveFailures"));
        raw.put("version", "1.0");
        raw.put("createdAt", created.toString());
        raw.put("updatedAt", updated.toString());
        Snapshot s = new Snapshot("featurebase", id, name, "https://example.com/webhooks/featurebase", status, health,
                List.of("post.created", "post.updated", "changelog.published", "post.voted"), created, updated, lastAt,
                List.of(new Secret("Signing secret", FEATUREBASE_SECRET)),
                failure == null ? List.of() : List.of(failure), true, metrics, true, null, Map.of(), List.of(), raw);
        return result(s, "https://do.featurebase.app/v2/webhooks/" + id,
                Header.secret("Authorization", "Bearer sk_live_4f9a8b7c6d5e4f3a2b1c0d9e"),
                Header.plain("Featurebase-Version", "2026-01-01.nova"));
    }

    private static FetchResult result(Snapshot s, String url, Header... auth) {
        List<Header> headers = new ArrayList<>(List.of(auth));
        headers.add(Header.plain("Accept", "application/json"));
        headers.add(Header.plain("User-Agent", "webhook-inspector/0.1.0"));
        return new FetchResult(s, new SentRequest("GET", URI.create(url), headers), 200, NOW.minusSeconds(2),
                Duration.ofMillis(184), 1);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
