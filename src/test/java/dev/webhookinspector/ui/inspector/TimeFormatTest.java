package dev.webhookinspector.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeFormatTest {
    private static final Instant NOW = Instant.parse("2026-03-10T14:30:00Z");

    @ParameterizedTest(name = "{0} seconds ago reads \"{1}\"")
    @CsvSource({
            "0, just now", "30, just now", "60, 1 minute ago", "300, 5 minutes ago", "2700, 1 hour ago",
            "10800, 3 hours ago", "30000, 8 hours ago", "100000, yesterday", "259200, 3 days ago",
            "5184000, 2 months ago", "63072000, 2 years ago", "-600, in 10 minutes", "-7200, in 2 hours"})
    void relativeTimesReadNaturally(long secondsAgo, String expected) {
        assertEquals(expected, TimeFormat.relative(NOW.minusSeconds(secondsAgo), NOW));
    }

    @Test
    void localTimeIsInTheGivenZoneAndTheTooltipAddsUtc() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant t = Instant.parse("2026-03-10T11:30:00.250Z");
        assertEquals("2026-03-10 12:30:00", TimeFormat.local(t, berlin));
        assertEquals("2026-03-10 12:30:00 (3 hours ago)", TimeFormat.localWithRelative(t, berlin, NOW));
        assertEquals("2026-03-10 12:30:00 Europe/Berlin\n2026-03-10 11:30:00.250 UTC\n3 hours ago", TimeFormat.tooltip(t, berlin, NOW));
    }

    @ParameterizedTest(name = "{0} ms reads \"{1}\"")
    @CsvSource({"0, 0 ms", "150, 150 ms", "999, 999 ms", "1000, 1 s", "4873, 4.87 s", "5000, 5 s", "30000, 30 s",
            "125000, 2 min 5 s", "120000, 2 min"})
    void millisecondsReadAsMsOrSeconds(double ms, String expected) {
        assertEquals(expected, TimeFormat.millis(ms));
    }

    @Test
    void bucketSpansReadAfterPer() {
        assertEquals("hour", TimeFormat.span(Duration.ofHours(1)));
        assertEquals("30 minutes", TimeFormat.span(Duration.ofMinutes(30)));
        assertEquals("3 hours", TimeFormat.span(Duration.ofHours(3)));
        assertEquals("day", TimeFormat.span(Duration.ofDays(1)));
    }
}
