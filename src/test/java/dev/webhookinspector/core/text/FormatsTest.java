package dev.webhookinspector.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
    private static final Instant NOW = Instant.parse("2026-03-10T14:30:00Z");

    @ParameterizedTest(name = "{0} seconds ago reads \"{1}\"")
    @CsvSource({
            "0, just now", "30, just now", "60, 1 minute ago", "300, 5 minutes ago", "2700, 1 hour ago",
            "10800, 3 hours ago", "30000, 8 hours ago", "100000, yesterday", "259200, 3 days ago",
            "3888000, 45 days ago", "5184000, 2 months ago", "63072000, 2 years ago", "-600, in 10 minutes", "-7200, in 2 hours"})
    void relativeTimesReadNaturally(long secondsAgo, String expected) {
        assertEquals(expected, Formats.relative(NOW.minusSeconds(secondsAgo), NOW));
    }

    @Test
    void tableColumnsGetTheShortFormAndLengthsReadAsPeopleSayThem() {
        assertEquals("Dec 1 07:45", Formats.compact(Instant.parse("2026-12-01T07:45:59Z"), ZoneOffset.UTC));
        assertEquals("40 seconds", Formats.length(Duration.ofSeconds(40)));
        assertEquals("1 minute", Formats.length(Duration.ofSeconds(60)));
        assertEquals("5 minutes", Formats.length(Duration.ofMinutes(5)));
        assertEquals("3 hours", Formats.length(Duration.ofHours(3)));
    }

    @Test
    void everyAbsoluteTimeCarriesItsZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant t = Instant.parse("2026-03-10T11:30:00.250Z");
        assertEquals("2026-03-10 12:30:00 CET", Formats.absolute(t, berlin));
        assertEquals("2026-03-10 11:30:00 UTC", Formats.absolute(t, Formats.UTC));
        assertEquals("2026-03-10 11:30:00 UTC", Formats.absolute(t, ZoneOffset.UTC));
        assertEquals("2026-03-10 12:30:00 CET (3 hours ago)", Formats.withRelative(t, berlin, NOW));
        assertEquals("2026-03-10 12:30:00.250 CET\n2026-03-10 11:30:00.250 UTC\n3 hours ago", Formats.tooltip(t, berlin, NOW));
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(delimiter = ';', value = {"0; 0", "7; 7", "999; 999", "1000; 1,000", "10000; 10,000", "1234567; 1,234,567"})
    void countsAreGroupedInThrees(long n, String expected) {
        assertEquals(expected, Formats.count(n));
    }

    @Test
    void countsWithANounAgree() {
        assertEquals("1 failure", Formats.count(1, "failure"));
        assertEquals("10,000 failures", Formats.count(10_000, "failure"));
    }

    @ParameterizedTest(name = "{0} ms reads \"{1}\"")
    @CsvSource({"0, 0 ms", "150, 150 ms", "999, 999 ms", "1000, 1 s", "4873, 4.87 s", "5000, 5 s", "30000, 30 s",
            "125000, 2 min 5 s", "120000, 2 min"})
    void millisecondsReadAsMsOrSeconds(double ms, String expected) {
        assertEquals(expected, Formats.millis(ms));
    }

    @Test
    void sizesUseBinaryUnits() {
        assertEquals("512 bytes", Formats.size(512));
        assertEquals("16 MiB", Formats.size(16L * 1024 * 1024));
        assertEquals("1.5 KiB", Formats.size(1536));
    }

    @Test
    void bucketSpansReadAfterPer() {
        assertEquals("hour", Formats.span(Duration.ofHours(1)));
        assertEquals("30 minutes", Formats.span(Duration.ofMinutes(30)));
        assertEquals("3 hours", Formats.span(Duration.ofHours(3)));
        assertEquals("day", Formats.span(Duration.ofDays(1)));
    }
}
