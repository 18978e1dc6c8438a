package dev.webhookinspector.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webhookinspector.core.model.Metric;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MetricTileTest {
    private static final Instant NOW = Instant.parse("2026-03-10T14:30:00Z");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static MetricTile tile(String key, Object value, String unit, Metric.Level level) {
        return MetricTile.of(new Metric(key, "Label", value, unit, level), NOW, UTC);
    }

    @Test
    void responseTimesReadInMillisecondsOrSeconds() {
        assertEquals("142 ms", tile("lastResponseTime", 142.0, "ms", Metric.Level.OK).value());
        assertEquals("4.87 s", tile("lastResponseTime", 4873L, "ms", Metric.Level.CRITICAL).value());
        assertEquals("5 s", tile("timeoutMs", 5000L, "ms", Metric.Level.NEUTRAL).value());
    }

    @Test
    void countsAndRatesAreGroupedAndRounded() {
        assertEquals("10,000", tile("recentFailureCount", 10_000L, "", Metric.Level.CRITICAL).value());
        assertEquals("0.9 per hour", tile("failureRatePerHour", 0.9, "per hour", Metric.Level.WARNING).value());
        assertEquals("138.9 per hour", tile("failureRatePerHour", 138.88, "per hour", Metric.Level.CRITICAL).value());
    }

    @Test
    void timesReadRelativeWithTheLocalTimeBelow() {
        MetricTile t = tile("lastSuccessAt", Instant.parse("2026-03-10T10:49:00Z"), "", Metric.Level.NEUTRAL);
        assertEquals("4 hours ago", t.value());
        assertEquals("2026-03-10 10:49:00 UTC", t.detail(), "an absolute time always says its zone");
    }

    @Test
    void aMissingLastSuccessReadsNever() {
        assertEquals("Never", tile("lastSuccessAt", null, "", Metric.Level.CRITICAL).value());
    }

    @Test
    void levelsThatNeedAttentionSayItInWords() {
        assertEquals("Critical", tile("consecutiveFailures", 7L, "", Metric.Level.CRITICAL).detail());
        assertEquals("Warning", tile("consecutiveFailures", 2L, "", Metric.Level.WARNING).detail());
    }
}
