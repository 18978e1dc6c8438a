package dev.webhookinspector.core.provider;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.featurebase.FeaturebaseProvider;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeaturebaseMappingTest {
    static Sandbox sandbox;
    final HttpWebhookFetcher fetcher = new HttpWebhookFetcher();

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @BeforeEach void reset() { sandbox.clearRequests(); sandbox.faults().clear(); }

    Snapshot fetch(String id) throws FetchException {
        return fetcher.fetch(SandboxConnections.to(sandbox, "featurebase"), id).snapshot();
    }

    @Test
    void healthyWebhookMapsFieldsSecretAndMetrics() throws Exception {
        Snapshot s = fetch(DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals(DemoFixtures.FEATUREBASE_HEALTHY, s.id());
        assertEquals(s.raw().get("name").asText(), s.name());
        assertEquals("active", s.status());
        assertEquals(Verdict.HEALTHY, s.verdict());
        assertEquals(s.raw().get("topics").size(), s.events().size());
        assertEquals(Instant.parse(s.raw().get("updatedAt").asText()), s.updatedAt());
        assertEquals(s.raw().get("secret").asText(), s.secrets().get(0).reveal());
        assertTrue(s.secrets().get(0).masked().startsWith("whsec_"));
        assertFalse(s.secrets().get(0).masked().contains(s.secrets().get(0).reveal().substring(6, 12)));
        assertTrue(s.failures().isEmpty(), "a 2xx lastStatus is not a failure");
        assertEquals(s.raw().at("/health/avgResponseTime").asDouble(), (Double) s.metric("avgResponseTime").orElseThrow().value());
        assertEquals(0L, s.metric("consecutiveFailures").orElseThrow().value());
        assertEquals(s.raw().at("/requestConfig/timeoutMs").asLong(), s.metric("timeoutMs").orElseThrow().value());
        assertNotNull(s.metric("lastSuccessAt").orElseThrow().value());
    }

    @Test
    void failingWebhookHasItsLastStatusAsAFailureAndCriticalMetrics() throws Exception {
        Snapshot s = fetch(DemoFixtures.FEATUREBASE_FAILING);
        assertEquals(Verdict.FAILING, s.verdict());
        assertEquals(1, s.failures().size());
        assertEquals(s.raw().at("/lastStatus/code").asInt(), s.failures().get(0).code());
        assertEquals(s.raw().at("/lastStatus/message").asText(), s.failures().get(0).message());
        assertEquals(Metric.Level.CRITICAL, s.metric("consecutiveFailures").orElseThrow().level());
    }

    @Test
    void pausedByItsOwnerAndSuspendedByFeaturebaseAreDifferentStories() throws Exception {
        Snapshot paused = fetch(DemoFixtures.FEATUREBASE_PAUSED);
        assertEquals(Verdict.PAUSED, paused.verdict());
        assertTrue(paused.reason().startsWith("Paused by its owner"), paused.reason());
        Snapshot suspended = fetch(DemoFixtures.FEATUREBASE_SUSPENDED);
        assertEquals(Verdict.DISABLED, suspended.verdict());
        assertEquals("Featurebase suspended it after its endpoint answered HTTP 410; nothing is delivered until it is re-enabled",
                suspended.reason());
        assertEquals(Boolean.FALSE, suspended.verdict().healthy());
        assertTrue(paused.verdict().isUnhealthy() && suspended.verdict().isUnhealthy(), "--fail-on-unhealthy fails on both");
    }

    @Test
    void neverDeliveredWebhookToleratesNullsAndMissingSecret() throws Exception {
        Snapshot s = fetch(DemoFixtures.FEATUREBASE_NEVER_DELIVERED);
        assertTrue(s.failures().isEmpty());
        assertTrue(s.secrets().isEmpty());
        assertNull(s.metric("lastSuccessAt").orElseThrow().value());
        assertEquals(Verdict.NO_DELIVERIES, s.verdict(), "nothing delivered is not healthy");
        assertNull(s.verdict().healthy());
        assertNull(s.metric("lastResponseTime").orElseThrow().value(), "0 ms is not a measurement when nothing was sent");
        assertNull(s.metric("avgResponseTime").orElseThrow().value());
    }

    @Test
    void unknownStatusAndTopicAreKeptAndHealthIsUnknown() throws Exception {
        Snapshot s = fetch(DemoFixtures.FEATUREBASE_UNKNOWN_VALUES);
        assertEquals(Verdict.UNKNOWN, s.verdict());
        assertTrue(s.unknownValues().contains("status: " + s.status()));
        assertTrue(s.unknownValues().stream().anyMatch(u -> u.startsWith("topic: ")));
        assertFalse(s.extras().isEmpty());
    }

    @Test
    void versionHeaderDefaultsToNovaAndIsSettablePerConnection() throws Exception {
        fetch(DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals(FeaturebaseProvider.DEFAULT_API_VERSION, sandbox.requests().getLast().header("Featurebase-Version").orElseThrow());
        Connection orbit = new Connection(Providers.byId("featurebase").orElseThrow(), sandbox.baseUrl("featurebase"),
                Map.of(FeaturebaseProvider.API_VERSION, "2026-08-19.orbit"), SandboxConnections.to(sandbox, "featurebase").key(), Duration.ofSeconds(5));
        fetcher.fetch(orbit, DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals("2026-08-19.orbit", sandbox.requests().getLast().header("Featurebase-Version").orElseThrow());
    }
}
