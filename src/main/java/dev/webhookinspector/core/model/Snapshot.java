package dev.webhookinspector.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

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

    /** When the newest failure happened; empty when there is none, or none says when (and always for v0). */
    public Optional<Instant> lastFailureAt() {
        return failures.stream().map(Failure::timestamp).filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder());
    }

    public Optional<Metric> metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The raw JSON with every secret value replaced by its masked form, wherever it occurs. */
    public JsonNode maskedRaw() {
        return raw == null ? null : Redactor.of(secrets).apply(raw.deepCopy());
    }

    /**
     * This snapshot as shown without --show-secrets: every occurrence of every secret value masked in every
     * field, failure message, extra and in the raw JSON, since a provider may repeat a secret anywhere
     * (a {@code previousSecret}, a URL that embeds it). {@link #secrets} keep their values, to reveal on request.
     */
    public Snapshot masked() {
        Redactor redactor = Redactor.of(secrets);
        return map(redactor::apply, false);
    }

    /** Every string that came from the server passed through {@code f}: for scrubbing and for safe display. */
    public Snapshot mapText(UnaryOperator<String> f) {
        return map(f, true);
    }

    private Snapshot map(UnaryOperator<String> f, boolean secretsToo) {
        UnaryOperator<String> g = v -> v == null ? null : f.apply(v);
        List<Secret> mappedSecrets = secretsToo
                ? secrets.stream().map(s -> new Secret(g.apply(s.label()), g.apply(s.reveal()))).toList() : secrets;
        List<Failure> mappedFailures = failures.stream().map(x -> new Failure(x.timestamp(), g.apply(x.message()), x.code())).toList();
        List<Metric> mappedMetrics = metrics.stream()
                .map(m -> m.value() instanceof String v ? new Metric(m.key(), m.label(), g.apply(v), m.unit(), m.level()) : m).toList();
        Map<String, JsonNode> mappedExtras = new LinkedHashMap<>();
        extras.forEach((k, v) -> mappedExtras.put(g.apply(k), JsonStrings.map(v, g)));
        return new Snapshot(provider, g.apply(id), g.apply(name), g.apply(url), g.apply(status), verdict, g.apply(reason),
                events.stream().map(g).toList(), createdAt, updatedAt, lastStatusChange, mappedSecrets, mappedFailures, failuresReported,
                mappedMetrics, metricsReported, scope == null ? null : new Scope(g.apply(scope.field()), g.apply(scope.id())),
                mappedExtras, unknownValues.stream().map(g).toList(), JsonStrings.map(raw, g));
    }
}
