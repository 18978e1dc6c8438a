package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Snapshot;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One health tile: a label, the value as a person reads it, a detail line, and the level that
 * colours it. Built in plain Java from a snapshot so formatting is unit-tested without a toolkit.
 *
 * @param key the metric's key ("avgResponseTime"), or "status" / "lastStatusChange" for the snapshot's own
 */
public record MetricTile(String key, String label, String value, String detail, Metric.Level level, String tooltip) {

    private static final java.util.Set<String> ENABLED_WORDS = java.util.Set.of("active", "enabled");

    /** The snapshot's status and last status change first, then the provider's metrics in its order. */
    public static List<MetricTile> of(Snapshot s, Instant now, ZoneId zone) {
        List<MetricTile> tiles = new ArrayList<>();
        if (s.status() != null) {
            // "active" only says the webhook is switched on; painting it red when deliveries fail would confuse
            boolean enabledWord = ENABLED_WORDS.contains(s.status().toLowerCase(Locale.ROOT));
            Metric.Level level = switch (s.verdict()) {
                case HEALTHY -> Metric.Level.OK;
                case FAILING -> enabledWord ? Metric.Level.NEUTRAL : Metric.Level.CRITICAL;
                case PAUSED -> Metric.Level.WARNING;
                case DISABLED -> Metric.Level.CRITICAL;
                case NO_DELIVERIES, UNKNOWN -> Metric.Level.NEUTRAL;
            };
            String detail = switch (s.verdict()) {
                case FAILING -> enabledWord ? "Enabled, but deliveries fail" : "Deliveries failing";
                case UNKNOWN -> "Health unknown";
                default -> s.verdict().label();
            };
            tiles.add(new MetricTile("status", "Status", s.status(), detail, level,
                    "The provider's own status word: " + s.status()));
        }
        if (s.lastStatusChange() != null) {
            Instant t = s.lastStatusChange();
            tiles.add(new MetricTile("lastStatusChange", "Last status change", Formats.relative(t, now),
                    Formats.absolute(t, zone), Metric.Level.NEUTRAL, Formats.tooltip(t, zone, now)));
        }
        for (Metric m : s.metrics()) tiles.add(of(m, now, zone));
        return tiles;
    }

    static MetricTile of(Metric m, Instant now, ZoneId zone) {
        Object v = m.value();
        String unit = m.unit() == null ? "" : m.unit().strip();
        String levelText = levelText(m.level());
        String tip = m.label() + " (" + m.key() + ")" + (levelText.isEmpty() ? "" : ": " + levelText.toLowerCase(Locale.ROOT));
        if (v instanceof Instant t) {
            return new MetricTile(m.key(), m.label(), Formats.relative(t, now), Formats.absolute(t, zone), m.level(),
                    tip + "\n" + Formats.tooltip(t, zone, now));
        }
        if (v == null) {
            boolean isTime = m.key().endsWith("At") || (m.key().endsWith("Time") && !"ms".equals(unit));
            return new MetricTile(m.key(), m.label(), isTime ? "Never" : "—", isTime ? "none recorded" : "not reported",
                    m.level(), tip);
        }
        return new MetricTile(m.key(), m.label(), number(v, unit), levelText, m.level(), tip);
    }

    static String number(Object v, String unit) {
        if (v instanceof Number n) {
            if ("ms".equals(unit)) return Formats.millis(n.doubleValue());
            NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
            f.setMaximumFractionDigits(n instanceof Double || n instanceof Float ? (Math.abs(n.doubleValue()) < 10 ? 2 : 1) : 0);
            String text = f.format(n);
            if (unit.isEmpty()) return text;
            return unit.startsWith("/") || unit.equals("%") ? text + unit : text + " " + unit;
        }
        String text = String.valueOf(v);
        return unit.isEmpty() ? text : text + " " + unit;
    }

    static String levelText(Metric.Level level) {
        return switch (level) {
            case OK -> "Within limits";
            case WARNING -> "Warning";
            case CRITICAL -> "Critical";
            case NEUTRAL -> "";
        };
    }
}
