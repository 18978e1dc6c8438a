package dev.webhookinspector.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureTimelineTest {
    private static final Instant T0 = Instant.parse("2026-03-10T10:17:00Z");

    @Test
    void tenThousandFailuresOverThreeDaysBecomeAFewDozenHourlyBarsThatAddUp() {
        List<Failure> failures = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            failures.add(new Failure(T0.minusSeconds(i * 25L), i % 3 == 0 ? "HTTP 503" : "Request timed out", null));
        }
        FailureTimeline t = FailureTimeline.of(failures, 72, ZoneOffset.UTC);

        assertEquals(Duration.ofHours(1), t.bucketSize());
        assertTrue(t.buckets().size() <= 72, "at most 72 buckets, got " + t.buckets().size());
        assertEquals(10_000, t.buckets().stream().mapToInt(FailureTimeline.Bucket::total).sum());
        assertEquals(3334, t.buckets().stream().mapToInt(b -> b.count(FailureKind.HTTP_5XX)).sum());
        assertEquals(0, t.untimed());
    }

    @Test
    void bucketsStartOnTheLocalHourAndIncludeEmptyOnesSoTheAxisIsLinear() {
        List<Failure> failures = List.of(
                new Failure(T0, "Connection refused", null),
                new Failure(T0.plus(Duration.ofHours(5)), "Connection refused", null));
        FailureTimeline t = FailureTimeline.of(failures, 72, ZoneId.of("Asia/Kolkata"));

        assertEquals(Duration.ofMinutes(5), t.bucketSize());
        assertEquals(61, t.buckets().size());
        assertEquals(Instant.parse("2026-03-10T10:15:00Z"), t.buckets().getFirst().start());
        assertEquals(1, t.buckets().getFirst().total());
        assertEquals(1, t.buckets().getLast().total());
        assertEquals(0, t.buckets().get(30).total());
    }

    @Test
    void dayBucketsStartAtLocalMidnight() {
        List<Failure> failures = List.of(
                new Failure(T0, "x", 500),
                new Failure(T0.plus(Duration.ofDays(20)), "x", 500));
        FailureTimeline t = FailureTimeline.of(failures, 30, ZoneId.of("Europe/Berlin"));

        assertEquals(Duration.ofDays(1), t.bucketSize());
        assertEquals(Instant.parse("2026-03-09T23:00:00Z"), t.buckets().getFirst().start());
    }

    @Test
    void failuresWithoutTimeAreCountedAsUntimedAndGiveNoBuckets() {
        FailureTimeline t = FailureTimeline.of(List.of(new Failure(null, "x", null)), 72, ZoneOffset.UTC);
        assertTrue(t.isEmpty());
        assertEquals(1, t.untimed());
    }
}
