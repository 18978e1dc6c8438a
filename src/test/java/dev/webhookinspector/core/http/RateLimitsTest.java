package dev.webhookinspector.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a watch reads from an answer's headers to space its next request, and how it reaches the caller. */
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

    @Test
    void aFinal503OrA429CarriesTheWaitItAskedForToTheCaller() throws Exception {
        try (Sandbox sandbox = Sandbox.start(0)) {
            // Past what one fetch retries within, so the answer is given back at once.
            sandbox.faults().add(new Fault.Unavailable("ultravox", 30), 1);
            sandbox.faults().add(new Fault.RateLimited("featurebase", 120), 1);
            HttpWebhookFetcher fetcher = new HttpWebhookFetcher();
            FetchException unavailable = org.junit.jupiter.api.Assertions.assertThrows(FetchException.class,
                    () -> fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY));
            assertEquals(ProblemKind.SERVER_ERROR, unavailable.kind());
            assertEquals(Duration.ofSeconds(30), unavailable.problem().waitBeforeNext());
            FetchException limited = org.junit.jupiter.api.Assertions.assertThrows(FetchException.class,
                    () -> fetcher.fetch(SandboxConnections.to(sandbox, "featurebase"), DemoFixtures.FEATUREBASE_HEALTHY));
            assertEquals(ProblemKind.RATE_LIMITED, limited.kind());
            assertEquals(Duration.ofSeconds(120), limited.problem().waitBeforeNext());
            assertEquals(Duration.ZERO, fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY).waitBeforeNext());
        }
    }
}
