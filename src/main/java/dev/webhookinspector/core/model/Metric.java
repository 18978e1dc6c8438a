package dev.webhookinspector.core.model;

import dev.webhookinspector.core.text.Formats;

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

    /** The value as the text output and reports write it, times in UTC: "4.2 s", "12", "(never)". */
    public String text(java.time.Instant now) {
        return switch (value) {
            // A time that never happened reads "never", as in the window; a number nobody measured says so.
            case null -> key.endsWith("At") ? "(never)" : "(not measured)";
            case java.time.Instant t -> Formats.withRelative(t, Formats.UTC, now);
            case Number n when "ms".equals(unit) -> Formats.millis(n.doubleValue());
            case Double d when d == Math.rint(d) -> Formats.count(d.longValue()) + suffix();
            case Long l -> Formats.count(l) + suffix();
            default -> value + suffix();
        };
    }

    private String suffix() {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }
}
