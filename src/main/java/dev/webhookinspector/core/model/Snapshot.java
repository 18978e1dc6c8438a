package dev.webhookinspector.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fetched state of one webhook, the same shape for every provider.
 * Nullable components say so; lists and maps are never null.
 *
 * @param provider the provider that mapped it
 * @param name null when the provider has no name field (Ultravox)
 * @param status the provider's own status word, or null when it reports none (v0)
 * @param verdict the provider's verdict on deliveries, decided once where the mapping is
 * @param reason why the verdict is what it is, one sentence without a full stop
 * @param lastStatusChange null when unknown
 * @param scope null when the webhook is not scoped
 * @param metricsReported false when the provider's API has no health numbers at all
 * @param extras top-level fields this version of the app does not know, kept as sent
 * @param raw the response as received, secrets included: show it through {@link #maskedRaw()}
 */
public record Snapshot(
        ProviderId provider,
        String id,
        String name,
        String url,
        String status,
        Verdict verdict,
        String reason,
        List<String> events,
        Instant createdAt,
        Instant updatedAt,
        Instant lastStatusChange,
        List<Secret> secrets,
        List<Failure> failures,
        boolean failuresReported,
        List<Metric> metrics,
        boolean metricsReported,
        Scope scope,
        Map<String, JsonNode> extras,
        List<String> unknownValues,
        JsonNode raw) {

    public Snapshot {
        java.util.Objects.requireNonNull(provider);
        java.util.Objects.requireNonNull(verdict);
        reason = reason == null ? "" : reason;
        events = List.copyOf(events);
        secrets = List.copyOf(secrets);
        failures = List.copyOf(failures);
        metrics = List.copyOf(metrics);
        extras = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
        unknownValues = List.copyOf(unknownValues);
    }

    /** The name when there is one, else the id: what a title shows. */
    public String title() {
        return name == null || name.isBlank() ? id : name;
    }

    public Optional<Metric> metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The raw JSON with every secret value replaced by its masked form. */
    public JsonNode maskedRaw() {
        return SecretMasking.mask(raw, secrets);
    }
}
