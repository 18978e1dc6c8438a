package dev.webhookinspector.core.model;

/**
 * One health number the provider reports.
 *
 * @param key the provider's field name, stable for scripts (for example {@code avgResponseTime})
 * @param label a short human label
 * @param value a Long, Double, Instant or String; null when the provider sent null
 * @param unit "ms", "%", "" ...
 * @param level how worrying the value is, judged against the metric's thresholds
 */
public record Metric(String key, String label, Object value, String unit, Level level) {
    public enum Level { OK, WARNING, CRITICAL, NEUTRAL }
}
