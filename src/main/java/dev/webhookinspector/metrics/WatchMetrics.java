package dev.webhookinspector.metrics;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.notify.WebhookKey;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.watch.WatchListener;
import dev.webhookinspector.core.watch.WatchTarget;
import dev.webhookinspector.core.watch.WebhookUpdate;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A watch's findings as Prometheus metrics, one series per webhook labelled provider, profile, id and name. Labels
 * never carry a secret or a URL (a URL's path and query can hold tokens); names are the provider's free text and the
 * client library escapes them. Fed as a {@link WatchListener}; its own registry, so nothing of this JVM leaks in.
 */
public final class WatchMetrics implements WatchListener {
    static final String PREFIX = "webhook_inspector_";
    private static final String[] LABELS = {"provider", "profile", "id", "name"};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Gauge verdict = Gauge.builder().name(PREFIX + "webhook_verdict")
            .help("1 for the webhook's current verdict, 0 for the others (verdict: " + verdictKeys() + ")")
            .labelNames("provider", "profile", "id", "name", "verdict").register(registry);
    private final Gauge unhealthy = Gauge.builder().name(PREFIX + "webhook_unhealthy")
            .help("1 when the verdict is failing, paused or disabled, else 0").labelNames(LABELS).register(registry);
    private final Gauge consecutive = Gauge.builder().name(PREFIX + "webhook_consecutive_failures")
            .help("Consecutive failed deliveries, as the provider reports them (Featurebase only)").labelNames(LABELS).register(registry);
    private final Gauge inWindow = Gauge.builder().name(PREFIX + "webhook_failures_in_window")
            .help("Failed deliveries in the provider's window: Ultravox's recent failures, Featurebase's errors since the last success")
            .labelNames(LABELS).register(registry);
    private final Gauge lastFailure = Gauge.builder().name(PREFIX + "webhook_last_failure_timestamp_seconds")
            .help("When the newest reported delivery failure happened, Unix time").labelNames(LABELS).register(registry);
    private final Gauge lastFetch = Gauge.builder().name(PREFIX + "webhook_last_successful_fetch_timestamp_seconds")
            .help("When the webhook was last fetched successfully, Unix time").labelNames(LABELS).register(registry);
    private final Gauge duration = Gauge.builder().name(PREFIX + "webhook_fetch_duration_seconds")
            .help("How long the request that last fetched the webhook took (for a list, the page that held it)")
            .labelNames(LABELS).register(registry);
    private final Counter errors = Counter.builder().name(PREFIX + "fetch_errors")
            .help("Fetches that failed, by problem kind; id and name are empty for the list of a whole profile")
            .labelNames("provider", "profile", "id", "name", "kind").register(registry);
    /** The label values each webhook's series carry now, so a renamed webhook's old series go. */
    private final Map<WebhookKey, List<String>> labelsNow = new HashMap<>();

    public PrometheusRegistry registry() {
        return registry;
    }

    @Override
    public synchronized void fetched(WebhookUpdate update) {
        FetchResult r = update.result();
        Snapshot s = r.snapshot();
        String[] l = relabel(update.key(), s);
        for (Verdict v : Verdict.values()) {
            verdict.labelValues(l[0], l[1], l[2], l[3], v.key()).set(v == s.verdict() ? 1 : 0);
        }
        unhealthy.labelValues(l).set(s.verdict().isUnhealthy() ? 1 : 0);
        number(s, "consecutiveFailures").ifPresent(n -> consecutive.labelValues(l).set(n));
        Optional<Double> window = number(s, "errorsSinceLastSuccess");
        if (window.isEmpty() && s.failuresReported()) window = Optional.of((double) s.failures().size());
        window.ifPresent(n -> inWindow.labelValues(l).set(n));
        s.lastFailureAt().ifPresent(t -> lastFailure.labelValues(l).set(t.toEpochMilli() / 1000.0));
        lastFetch.labelValues(l).set(r.fetchedAt().toEpochMilli() / 1000.0);
        duration.labelValues(l).set(r.duration().toNanos() / 1e9);
    }

    @Override
    public synchronized void removed(WatchTarget target, WebhookKey key) {
        List<String> before = labelsNow.remove(key);
        if (before != null) removeSeries(before);
    }

    @Override
    public synchronized void failed(WatchTarget target, Problem problem, boolean repeated) {
        String provider = target.connection().provider().id().value();
        String kind = problem.kind().name().toLowerCase(Locale.ROOT);
        if (target instanceof WatchTarget.Webhook w) {
            List<String> known = labelsNow.get(new WebhookKey(w.profile(), target.connection().provider().id(), w.webhookId()));
            String name = known == null ? "" : known.get(3);
            errors.labelValues(provider, w.profile(), w.webhookId(), name, kind).inc();
        } else {
            errors.labelValues(provider, target.profile(), "", "", kind).inc();
        }
    }

    private String[] relabel(WebhookKey key, Snapshot s) {
        List<String> now = List.of(key.provider().value(), key.profile(), key.webhookId(), s.name() == null ? "" : s.name());
        List<String> before = labelsNow.put(key, now);
        if (before != null && !before.equals(now)) removeSeries(before);
        return now.toArray(String[]::new);
    }

    private void removeSeries(List<String> labels) {
        String[] b = labels.toArray(String[]::new);
        for (Verdict v : Verdict.values()) verdict.remove(b[0], b[1], b[2], b[3], v.key());
        for (Gauge g : List.of(unhealthy, consecutive, inWindow, lastFailure, lastFetch, duration)) g.remove(b);
    }

    private static Optional<Double> number(Snapshot s, String metric) {
        return s.metric(metric).map(Metric::value).filter(v -> v instanceof Number).map(v -> ((Number) v).doubleValue());
    }

    private static String verdictKeys() {
        return String.join(", ", java.util.Arrays.stream(Verdict.values()).map(Verdict::key).toList());
    }
}
