package dev.webhookinspector.core.provider;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.provider.featurebase.FeaturebaseProvider;
import dev.webhookinspector.core.provider.ultravox.UltravoxProvider;
import dev.webhookinspector.core.provider.v0.V0Provider;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.Sandbox;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorShapesTest {
    static Sandbox sandbox;
    final HttpWebhookFetcher fetcher = new HttpWebhookFetcher();

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @BeforeEach void reset() { sandbox.clearRequests(); sandbox.faults().clear(); }

    @Test
    void ultravoxDetailBecomesTheMessage() {
        Provider p = new UltravoxProvider();
        assertEquals(Optional.of("Invalid API key."), p.errorMessage(403, "{\"detail\": \"Invalid API key.\"}"));
        assertEquals(Optional.of("Service down"), p.errorMessage(500, "Service down"));
        assertEquals(Optional.empty(), p.errorMessage(502, "<html><body>Bad gateway</body></html>"));
    }

    @Test
    void v0MessageAndLegacyErrorMessageBothBecomeTheMessage() {
        Provider p = new V0Provider();
        assertEquals(Optional.of("Not found"), p.errorMessage(404, "{\"message\": \"Not found\"}"));
        assertEquals(Optional.of("Boom"), p.errorMessage(500, "{\"error\": {\"message\": \"Boom\", \"type\": \"internal_error\"}}"));
        assertEquals(Optional.empty(), p.errorMessage(500, "{}"));
    }

    @Test
    void featurebaseCodeAndMessageBothAppear() {
        Provider p = new FeaturebaseProvider();
        assertEquals(Optional.of("webhook_not_found: Webhook not found"), p.errorMessage(404,
                "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"webhook_not_found\",\"message\":\"Webhook not found\",\"status\":404}}"));
    }

    @Test
    void wrongUltravoxKeyIsRejectedWithTheServersDetailAndNeverTheKey() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(
                SandboxConnections.with(sandbox, "ultravox", "Wrong123.abcdefghijklmnopqrstuvwxyz999999", Duration.ofSeconds(5)),
                DemoFixtures.ULTRAVOX_HEALTHY));
        assertEquals(ProblemKind.KEY_REJECTED, e.kind());
        assertTrue(e.getMessage().matches(".*HTTP 40[13]: \\S.*"), e.getMessage());
        assertFalse(e.getMessage().contains("Wrong123.abcdefghijklmnopqrstuvwxyz999999"));
    }

    @Test
    void wrongV0KeyIsRejected() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(
                SandboxConnections.with(sandbox, "v0", "v0_not_the_right_key", Duration.ofSeconds(5)), DemoFixtures.V0_BASIC));
        assertEquals(ProblemKind.KEY_REJECTED, e.kind());
        assertTrue(e.getMessage().contains("HTTP 401: "), e.getMessage());
    }

    @Test
    void wrongFeaturebaseKeyShowsTheErrorCode() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(
                SandboxConnections.with(sandbox, "featurebase", "sk_wrong_key_0000000000", Duration.ofSeconds(5)), DemoFixtures.FEATUREBASE_HEALTHY));
        assertEquals(ProblemKind.KEY_REJECTED, e.kind());
        assertTrue(e.getMessage().contains("HTTP 401: "), e.getMessage());
    }

    @Test
    void unknownIdIsNotFoundForEachProvider() {
        assertEquals(ProblemKind.NOT_FOUND, assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"),
                "00000000-0000-4000-8000-00000000dead")).kind());
        assertEquals(ProblemKind.NOT_FOUND, assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, "v0"),
                "wh_does_not_exist")).kind());
        FetchException fb = assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, "featurebase"),
                "0123456789abcdef01234567"));
        assertEquals(ProblemKind.NOT_FOUND, fb.kind());
        assertTrue(fb.getMessage().contains("webhook_not_found"), fb.getMessage());
        assertTrue(fb.getMessage().contains("0123456789abcdef01234567"), fb.getMessage());
    }

    @Test
    void v0LegacyErrorShapeIsReadToo() {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, "v0"), "wh_legacy_error"));
        assertEquals(ProblemKind.SERVER_ERROR, e.kind());
        assertTrue(e.getMessage().matches(".*HTTP 500: \\S.*"), e.getMessage());
    }

    @Test
    void featurebaseVersionOlderThanNovaIsExplainedByTheServer() {
        Connection clover = new Connection(Providers.byId("featurebase").orElseThrow(), sandbox.baseUrl("featurebase"),
                Map.of(FeaturebaseProvider.API_VERSION, "2025-12-12.clover"), SandboxConnections.to(sandbox, "featurebase").key(), Duration.ofSeconds(5));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(clover, DemoFixtures.FEATUREBASE_HEALTHY));
        assertEquals(ProblemKind.PROVIDER_ERROR, e.kind());
        assertTrue(e.getMessage().contains("nova"), e.getMessage());
    }

    @Test
    void invalidIdsAreRejectedBeforeAnyRequestWithTheRule() {
        FetchException u = assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), "not-a-uuid"));
        assertEquals(ProblemKind.INVALID_INPUT, u.kind());
        assertTrue(u.getMessage().contains("\"not-a-uuid\"") && u.getMessage().contains("UUID"), u.getMessage());
        FetchException f = assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, "featurebase"), "507f1f77"));
        assertTrue(f.getMessage().contains("24 hexadecimal digits"), f.getMessage());
        FetchException v = assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, "v0"), "   "));
        assertEquals(ProblemKind.INVALID_INPUT, v.kind());
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void notFoundFaultOnAKnownFixtureIsReported() {
        sandbox.faults().add(new Fault.NotFound("ultravox"), 1);
        assertEquals(ProblemKind.NOT_FOUND, assertThrows(FetchException.class,
                () -> fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY)).kind());
    }
}
