package dev.webhookinspector.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionTest {
    @Test
    void spansSizesAndTimesReadAsTheCommandLineWritesThem() {
        assertEquals(Optional.of(Duration.ofDays(90)), Retention.parseSpan("90d"));
        assertEquals(Optional.of(Duration.ofHours(2)), Retention.parseSpan(" 2H "));
        assertEquals(Optional.of(Duration.ofDays(14)), Retention.parseSpan("2w"));
        assertEquals(Optional.empty(), Retention.parseSpan("yesterday"));
        assertEquals(Optional.of(200_000_000L), Retention.parseSize("200MB"));
        assertEquals(Optional.of(512L * 1024), Retention.parseSize("512KiB"));
        assertEquals(Optional.of(1000L), Retention.parseSize("1000"));
        assertEquals(Optional.empty(), Retention.parseSize("lots"));
        Instant now = Instant.parse("2026-01-15T12:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-01-15T10:00:00Z")), Retention.parseTime("2h", now));
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), Retention.parseTime("2026-01-01T00:00:00Z", now));
        assertEquals(Optional.empty(), Retention.parseTime("last week", now));
    }
}
