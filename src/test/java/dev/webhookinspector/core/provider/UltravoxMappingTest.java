package dev.webhookinspector.core.provider;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UltravoxMappingTest {
    static Sandbox sandbox;
    final HttpWebhookFetcher fetcher = new HttpWebhookFetcher();

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    Snapshot fetch(String id) throws FetchException {
        return fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), id).snapshot();
    }

    @Test
    void healthyWebhookMapsEveryDocumentedField() throws Exception {
        FetchResult result = fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        Snapshot s = result.snapshot();
        assertEquals("ultravox", s.provider().toString());
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, s.id());
        assertEquals(s.raw().get("url").asText(), s.url());
        assertEquals("normal", s.status());
        assertEquals(Verdict.HEALTHY, s.verdict());
        assertTrue(s.events().contains("call.started"));
        assertEquals(Instant.parse(s.raw().get("created").asText()), s.createdAt());
        assertNotNull(s.lastStatusChange());
        assertEquals(2, s.secrets().size());
        assertEquals(s.raw().get("secrets").get(0).asText(), s.secrets().get(0).reveal());
        assertTrue(s.failures().isEmpty());
        assertTrue(s.failuresReported());
        assertEquals(0L, s.metric("recentFailureCount").orElseThrow().value());
        assertTrue(s.unknownValues().isEmpty());
        assertTrue(s.extras().isEmpty());
        assertEquals(200, result.httpStatus());
    }

    @Test
    void secretsAreMaskedInTheRawJsonShownToUsers() throws Exception {
        Snapshot s = fetch(DemoFixtures.ULTRAVOX_HEALTHY);
        String secret = s.secrets().get(0).reveal();
        assertFalse(s.maskedRaw().toString().contains(secret));
        assertTrue(s.maskedRaw().toString().contains(secret.substring(secret.length() - 4)));
        assertTrue(s.raw().toString().contains(secret), "the unmasked raw stays available for --show-secrets");
    }

    @Test
    void failingWebhookIsUnhealthyWithItsFailuresNewestFirstAndAgentScope() throws Exception {
        Snapshot s = fetch(DemoFixtures.ULTRAVOX_FAILING);
        assertEquals(Verdict.FAILING, s.verdict());
        assertEquals("unhealthy", s.status());
        assertEquals(s.raw().get("recentFailures").size(), s.failures().size());
        assertFalse(s.failures().isEmpty());
        for (int i = 1; i < s.failures().size(); i++) {
            assertFalse(s.failures().get(i).timestamp().isAfter(s.failures().get(i - 1).timestamp()), "newest first");
        }
        assertEquals("agentId", s.scope().field());
        assertEquals(s.raw().get("agentId").asText(), s.scope().id());
        assertTrue(s.failures().stream().anyMatch(f -> f.code() != null && f.code() >= 500),
                "an HTTP status in the free text is surfaced as the failure's code");
        assertTrue(s.failures().stream().anyMatch(f -> f.code() == null), "timeouts have no code");
        assertTrue(((Double) s.metric("failureRatePerHour").orElseThrow().value()) > 0);
    }

    @Test
    void neverDeliveredWebhookToleratesAbsentOptionalFieldsAndNulls() throws Exception {
        Snapshot s = fetch(DemoFixtures.ULTRAVOX_NEVER_DELIVERED);
        assertEquals(Verdict.HEALTHY, s.verdict());
        assertNull(s.lastStatusChange());
        assertNull(s.scope());
        assertTrue(s.secrets().isEmpty());
        assertTrue(s.failures().isEmpty());
    }

    @Test
    void unknownStatusEventsAndFieldsAreKeptAndShownNotRejected() throws Exception {
        Snapshot s = fetch(DemoFixtures.ULTRAVOX_UNKNOWN_VALUES);
        assertEquals(Verdict.UNKNOWN, s.verdict());
        assertEquals(s.raw().get("status").asText(), s.status());
        assertTrue(s.unknownValues().contains("status: " + s.status()));
        assertTrue(s.unknownValues().stream().anyMatch(u -> u.startsWith("event: ")));
        assertFalse(s.extras().isEmpty());
        s.extras().keySet().forEach(k -> assertTrue(s.raw().has(k)));
    }

    @Test
    void tenThousandRecentFailuresAreAllMapped() throws Exception {
        Snapshot s = fetch(DemoFixtures.ULTRAVOX_MANY_FAILURES);
        assertEquals(10_000, s.failures().size());
        assertEquals(10_000L, s.metric("recentFailureCount").orElseThrow().value());
        Failure newest = s.failures().get(0);
        assertNotNull(newest.timestamp());
        assertFalse(newest.message().isBlank());
    }
}
