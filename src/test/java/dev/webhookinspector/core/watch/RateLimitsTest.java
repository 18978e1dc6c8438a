package dev.webhookinspector.core.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webhookinspector.core.http.RateLimits;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a watch reads from an answer's headers to space its next request. */
class RateLimitsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static Duration waitFor(Map<String, List<String>> headers) {
        return RateLimits.waitBeforeNext(HttpHeaders.of(headers, (a, b) -> true), NOW);
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        assertEquals(Duration.ofSeconds(7), waitFor(Map.of("Retry-After", List.of("7"))));
        assertEquals(Duration.ofSeconds(90), waitFor(Map.of("Retry-After", List.of("Tue, 1 Dec 2026 10:01:30 GMT"))));
        assertEquals(Duration.ZERO, waitFor(Map.of("Retry-After", List.of("soon"))));
    }

    @Test
    void anExhaustedFeaturebaseWindowWaitsForItsResetReadAsUnixTimeOrSeconds() {
        long epoch = NOW.getEpochSecond() + 45;
        assertEquals(Duration.ofSeconds(45), waitFor(Map.of("X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Reset", List.of("" + epoch))));
        assertEquals(Duration.ofSeconds(20), waitFor(Map.of("X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Reset", List.of("20"))));
        assertEquals(Duration.ZERO, waitFor(Map.of("X-RateLimit-Remaining", List.of("3"), "X-RateLimit-Reset", List.of("20"))),
                "a window with requests left asks for no wait");
    }

    @Test
    void aWaitFarAwayIsCappedAndTheLongerOfTwoWins() {
        assertEquals(RateLimits.MAX_WAIT, waitFor(Map.of("X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Reset", List.of("99999999"))));
        assertEquals(Duration.ofSeconds(30), waitFor(Map.of("Retry-After", List.of("30"),
                "X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Reset", List.of("10"))));
    }
}
