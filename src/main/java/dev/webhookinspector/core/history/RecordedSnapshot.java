package dev.webhookinspector.core.history;

import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One snapshot as the history keeps it: what comparing two fetches needs, masked, with secrets as fingerprints only.
 * {@link #of} makes one from a fresh snapshot without touching the store, so a new fetch compares with a recorded one.
 *
 * @param id the store's row id; 0 for one not recorded
 * @param name null when the provider has none
 * @param status the provider's status word, null when it reports none
 * @param timeoutMs the webhook's own delivery timeout, null when the provider reports none
 * @param headers custom delivery headers the webhook sends, values masked
 * @param failures the failures this fetch saw (masked); from the store, those seen at its time
 * @param counters the provider's numbers (Featurebase's consecutive failures, response times) by metric key
 */
public record RecordedSnapshot(long id, WebhookKey key, Instant fetchedAt, Verdict verdict, String reason, String status, String name,
                               String url, List<String> events, Long timeoutMs, Map<String, String> headers,
                               List<SecretFingerprint> secrets, int failureCount, List<Failure> failures, Map<String, Double> counters) {
    public RecordedSnapshot {
        Objects.requireNonNull(key);
        Objects.requireNonNull(fetchedAt);
        Objects.requireNonNull(verdict);
        reason = reason == null ? "" : reason;
        events = List.copyOf(events);
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        secrets = List.copyOf(secrets);
        failures = List.copyOf(failures);
        counters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counters));
    }

    /** The metric that is the webhook's own timeout; it is a setting, so a change of it is worded as one. */
    static final String TIMEOUT_METRIC = "timeoutMs";

    public static RecordedSnapshot of(String profile, Snapshot snapshot, Instant fetchedAt) {
        Snapshot s = snapshot.masked();
        Map<String, Double> counters = new LinkedHashMap<>();
        Long timeout = null;
        for (Metric m : s.metrics()) {
            if (!(m.value() instanceof Number n)) continue;
            if (m.key().equals(TIMEOUT_METRIC)) timeout = n.longValue();
            else counters.put(m.key(), n.doubleValue());
        }
        return new RecordedSnapshot(0, new WebhookKey(profile, s.provider().value(), snapshot.id()), fetchedAt, s.verdict(), s.reason(),
                s.status(), s.name(), s.url(), s.events(), timeout, headers(s.raw()),
                snapshot.secrets().stream().map(SecretFingerprint::of).toList(), s.failures().size(), s.failures(), counters);
    }

    /**
     * The custom delivery headers in the (masked) answer: the first "headers" object in it (Featurebase keeps them
     * under requestConfig). Read from the answer because no provider-neutral field holds them yet.
     */
    private static Map<String, String> headers(JsonNode raw) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode h = raw == null ? null : raw.findValue("headers");
        if (h != null && h.isObject()) h.properties().forEach(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        return out;
    }
}
