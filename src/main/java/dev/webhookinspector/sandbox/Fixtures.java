package dev.webhookinspector.sandbox;

import static dev.webhookinspector.sandbox.DemoFixtures.*;
import static java.util.Map.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webhooks one simulator serves, read from the JSON resources next to this class with their
 * timestamps made relative to start-up. Only the 10,000 failures are generated here.
 */
final class Fixtures {
    static final int MANY_FAILURES = 10_000;

    private final Map<String, Map<String, ObjectNode>> byProvider = new LinkedHashMap<>();
    private final FixtureTime time;

    private Fixtures(FixtureTime time) {
        this.time = time;
    }

    static Fixtures load(FixtureTime time) {
        Fixtures f = new Fixtures(time);
        f.add(time, "ultravox", "webhookId", true, List.of(
                entry("healthy", ULTRAVOX_HEALTHY), entry("failing", ULTRAVOX_FAILING),
                entry("never-delivered", ULTRAVOX_NEVER_DELIVERED), entry("unknown-values", ULTRAVOX_UNKNOWN_VALUES),
                entry("many-failures", ULTRAVOX_MANY_FAILURES)));
        f.byProvider.get("ultravox").get(ULTRAVOX_MANY_FAILURES).set("recentFailures", manyFailures(time));
        f.add(time, "v0", "id", false, List.of(
                entry("basic", V0_BASIC), entry("chat-scoped", V0_CHAT_SCOPED),
                entry("unsafe-id", V0_UNSAFE_ID), entry("unknown-values", V0_UNKNOWN_VALUES)));
        f.add(time, "featurebase", "id", true, List.of(
                entry("healthy", FEATUREBASE_HEALTHY), entry("failing", FEATUREBASE_FAILING),
                entry("paused", FEATUREBASE_PAUSED), entry("suspended", FEATUREBASE_SUSPENDED),
                entry("never-delivered", FEATUREBASE_NEVER_DELIVERED), entry("unknown-values", FEATUREBASE_UNKNOWN_VALUES)));
        return f;
    }

    /** The moment the fixtures' times are counted back from. */
    FixtureTime time() { return time; }

    Optional<ObjectNode> find(String provider, String id) {
        return Optional.ofNullable(byProvider.get(provider).get(id));
    }

    /** Every webhook of a provider in list order: the documented ones first, then the fillers. */
    List<ObjectNode> all(String provider) {
        return List.copyOf(byProvider.get(provider).values());
    }

    /** @param files resource name (without .json) and the ID DemoFixtures documents for it */
    private void add(FixtureTime time, String provider, String idField, boolean fillers, List<Map.Entry<String, String>> files) {
        Map<String, ObjectNode> webhooks = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files) {
            ObjectNode webhook = (ObjectNode) time.resolve(read(provider + "/" + file.getKey() + ".json"));
            String id = webhook.path(idField).asText();
            if (!id.equals(file.getValue())) {
                throw new IllegalStateException("Fixture " + provider + "/" + file.getKey() + ".json has ID " + id
                        + " but DemoFixtures documents " + file.getValue());
            }
            webhooks.put(id, webhook);
        }
        if (fillers) {
            for (JsonNode filler : time.resolve(read(provider + "/fillers.json"))) {
                webhooks.put(filler.path(idField).asText(), (ObjectNode) filler);
            }
        }
        byProvider.put(provider, webhooks);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing simulator fixture " + resource);
            return Call.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable simulator fixture " + resource, e);
        }
    }

    /** 10,000 failures over the last 48 hours, newest first; the same texts on every start. */
    private static ArrayNode manyFailures(FixtureTime time) {
        List<String> texts = List.of(
                "Request timed out after 10 seconds",
                "Connection refused",
                "HTTP 500 Internal Server Error",
                "HTTP 502 Bad Gateway",
                "HTTP 503 Service Unavailable",
                "HTTP 404 Not Found",
                "HTTP 410 Gone",
                "Read timed out. (read timeout=10)",
                "SSL: CERTIFICATE_VERIFY_FAILED certificate verify failed: certificate has expired (_ssl.c:1006)",
                "Connection reset by peer",
                "Name or service not known: legacy.acme-voice.example");
        ArrayNode failures = JsonNodeFactory.instance.arrayNode(MANY_FAILURES);
        long spacingMillis = Duration.ofHours(48).toMillis() / MANY_FAILURES;
        for (int i = 0; i < MANY_FAILURES; i++) {
            long jitter = (i * 7919L) % (spacingMillis / 2);
            Duration back = Duration.ofMillis(60_000 + i * spacingMillis + jitter);
            ObjectNode failure = failures.addObject();
            failure.put("timestamp", time.ago(back, switch (i % 3) { case 0 -> 6; case 1 -> 3; default -> 0; }));
            failure.put("failure", texts.get((i * 7 + i / 11) % texts.size()));
        }
        return failures;
    }
}
