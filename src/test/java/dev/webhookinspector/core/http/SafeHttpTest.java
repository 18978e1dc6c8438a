package dev.webhookinspector.core.http;

import dev.webhookinspector.core.problem.Remedy;
import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.Await;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SafeHttpTest {
    static Sandbox sandbox;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final HttpWebhookFetcher fetcher = new HttpWebhookFetcher(new SafeHttp(Duration.ofSeconds(5), SafeHttp.DEFAULT_MAX_BODY, waits::add));

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @BeforeEach void reset() { sandbox.clearRequests(); sandbox.faults().clear(); }

    FetchException failure(String provider, String id) {
        return assertThrows(FetchException.class, () -> fetcher.fetch(SandboxConnections.to(sandbox, provider), id));
    }

    @Test
    void redirectToAnotherLoopbackHostIsRefusedAndThatHostNeverSeesTheKey() {
        sandbox.faults().add(new Fault.RedirectOtherHost("ultravox"), 1);
        FetchException e = failure("ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(ProblemKind.REDIRECT_REFUSED, e.kind());
        assertTrue(e.getMessage().contains(sandbox.otherHostBase().getHost()), e.getMessage());
        String key = sandbox.demoKey("ultravox");
        assertFalse(e.getMessage().contains(key));
        for (RecordedRequest r : sandbox.requests()) {
            if (r.host().equals(sandbox.otherHostBase().getAuthority())) {
                fail("the other host received a request: " + r.path());
            }
        }
        assertEquals(1, sandbox.requests().size());
    }

    @Test
    void bearerKeyIsNotForwardedOnACrossOriginRedirectEither() {
        sandbox.faults().add(new Fault.RedirectOtherHost("featurebase"), 1);
        assertEquals(ProblemKind.REDIRECT_REFUSED, failure("featurebase", DemoFixtures.FEATUREBASE_HEALTHY).kind());
        assertTrue(sandbox.requests().stream().noneMatch(r -> r.host().equals(sandbox.otherHostBase().getAuthority())));
    }

    @Test
    void sameOriginRedirectIsFollowedWithTheKey() throws Exception {
        sandbox.faults().add(new Fault.RedirectSameOrigin("ultravox"), 1);
        FetchResult r = fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, r.snapshot().id());
        assertTrue(sandbox.requests().size() >= 2);
        sandbox.requests().forEach(req -> assertEquals(sandbox.demoKey("ultravox"), req.header("X-API-Key").orElseThrow()));
    }

    @Test
    void slowAnswerTimesOutWithTheTimeoutInTheMessage() {
        sandbox.faults().add(new Fault.Slow("ultravox", Duration.ofSeconds(3)), 1);
        Connection c = SandboxConnections.with(sandbox, "ultravox", sandbox.demoKey("ultravox"), Duration.ofMillis(500));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(c, DemoFixtures.ULTRAVOX_HEALTHY));
        assertEquals(ProblemKind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("0.5 s"), e.getMessage());
        assertTrue(e.problem().remedies().contains(Remedy.RAISE_TIMEOUT), "the user is offered more time");
        assertEquals("No answer from 127.0.0.1:" + sandbox.port() + " within 0.5 s.", e.problem().summary(),
                "the problem carries no advice in any front end's words");
    }

    @Test
    void malformedJsonIsAClearError() {
        sandbox.faults().add(new Fault.MalformedJson("v0"), 1);
        FetchException e = failure("v0", DemoFixtures.V0_BASIC);
        assertEquals(ProblemKind.MALFORMED_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void oversizedBodyIsRefusedWithoutRunningOutOfMemory() {
        sandbox.faults().add(new Fault.Oversized("featurebase", 17L * 1024 * 1024), 1);
        FetchException e = failure("featurebase", DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals(ProblemKind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("16 MiB"), e.getMessage());
    }

    @Test
    void rateLimitedOnceThenSuccessHonoursRetryAfter() throws Exception {
        sandbox.faults().add(new Fault.RateLimited("ultravox", 2), 1);
        FetchResult r = fetcher.fetch(SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(200, r.httpStatus());
        assertEquals(2, r.attempts());
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
    }

    @Test
    void unavailableOnceThenSuccessIsRetriedToo() throws Exception {
        sandbox.faults().add(new Fault.Unavailable("v0", 1), 1);
        assertEquals(200, fetcher.fetch(SandboxConnections.to(sandbox, "v0"), DemoFixtures.V0_BASIC).httpStatus());
        assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }

    @Test
    void stillRateLimitedAfterTwoRetriesIsAClearRateLimitError() {
        sandbox.faults().add(new Fault.RateLimited("featurebase", 1), Integer.MAX_VALUE);
        FetchException e = failure("featurebase", DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals(ProblemKind.RATE_LIMITED, e.kind());
        assertEquals(3, sandbox.requests().size());
        assertEquals(2, waits.size());
        assertTrue(e.getMessage().contains("rate limiting after 3 attempts"), e.getMessage());
        assertTrue(e.getMessage().contains("rate_limit_error") || e.getMessage().contains("HTTP 429"), e.getMessage());
    }

    @Test
    void retryAfterLongerThanTenSecondsIsNotWaitedFor() {
        sandbox.faults().add(new Fault.RateLimited("ultravox", 60), Integer.MAX_VALUE);
        assertEquals(ProblemKind.RATE_LIMITED, failure("ultravox", DemoFixtures.ULTRAVOX_HEALTHY).kind());
        assertTrue(waits.isEmpty());
        assertEquals(1, sandbox.requests().size());
    }

    @Test
    void aRetryAfterEndingPastTheDeadlineIsNotWaitedFor() {
        // Three seconds is within the ten honoured, but not within a two-second --timeout.
        sandbox.faults().add(new Fault.RateLimited("ultravox", 3), Integer.MAX_VALUE);
        Connection c = SandboxConnections.with(sandbox, "ultravox", sandbox.demoKey("ultravox"), Duration.ofSeconds(2));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(c, DemoFixtures.ULTRAVOX_HEALTHY));
        assertEquals(ProblemKind.RATE_LIMITED, e.kind());
        assertTrue(waits.isEmpty(), "waited " + waits);
        assertEquals(1, sandbox.requests().size());
    }

    @Test
    void aHeaderValueTheHttpClientWouldRejectIsRefusedBeforeAnythingIsSent() {
        // As a hand-edited profile or a stored key could hold them: never an IllegalArgumentException from the JDK.
        Connection badOption = new Connection(Providers.byId("featurebase").orElseThrow(), sandbox.baseUrl("featurebase"),
                Map.of("apiVersion", "2026-01-01.nova\r\nX-Evil: 1"), new ApiKey(sandbox.demoKey("featurebase")), Duration.ofSeconds(5));
        FetchException option = assertThrows(FetchException.class, () -> fetcher.fetch(badOption, DemoFixtures.FEATUREBASE_HEALTHY));
        assertEquals(ProblemKind.INVALID_INPUT, option.kind());
        assertTrue(option.getMessage().contains("Featurebase-Version") && option.getMessage().contains("\\r\\n"), option.getMessage());

        Connection badKey = SandboxConnections.with(sandbox, "v0", "v0_key_with\u0000nul_0123456789", Duration.ofSeconds(5));
        FetchException key = assertThrows(FetchException.class, () -> fetcher.fetch(badKey, DemoFixtures.V0_BASIC));
        assertEquals(ProblemKind.INVALID_INPUT, key.kind());
        assertTrue(key.problem().remedies().contains(Remedy.CHECK_KEY));
        assertFalse(key.getMessage().contains("v0_key_with"), key.getMessage());
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void htmlServerErrorSaysSoInsteadOfDumpingTheHtml() {
        sandbox.faults().add(new Fault.ServerErrorHtml("ultravox"), 1);
        FetchException e = failure("ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(ProblemKind.SERVER_ERROR, e.kind());
        assertTrue(e.getMessage().contains("HTML page"), e.getMessage());
        assertFalse(e.getMessage().contains("<"), e.getMessage());
    }

    @Test
    void refusedConnectionIsANetworkError() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) { closedPort = s.getLocalPort(); }
        Connection c = new Connection(Providers.byId("v0").orElseThrow(), URI.create("http://127.0.0.1:" + closedPort),
                Map.of(), new ApiKey("v0_demo_key_for_tests"), Duration.ofSeconds(2));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(c, "wh_x"));
        assertEquals(ProblemKind.NETWORK, e.kind());
        assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
    }

    @Test
    void httpsToAServerThatDoesNotSpeakTlsIsATlsError() throws Exception {
        // A plain-text answer to the TLS hello, as a misconfigured port or proxy gives.
        try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofVirtual().start(() -> {
                try (var socket = plain.accept()) {
                    // Read the TLS hello first, answer in plain text, then close politely, as a real HTTP server does.
                    socket.getInputStream().read(new byte[4096]);
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes());
                    socket.getOutputStream().flush();
                    socket.shutdownOutput();
                    socket.setSoTimeout(3000);
                    socket.getInputStream().readAllBytes();
                } catch (java.io.IOException ignored) {
                    // the test asserts on the client side
                }
            });
            Connection c = new Connection(Providers.byId("v0").orElseThrow(), URI.create("https://127.0.0.1:" + plain.getLocalPort()),
                    Map.of(), new ApiKey(sandbox.demoKey("v0")), Duration.ofSeconds(5));
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(c, DemoFixtures.V0_BASIC));
            assertEquals(ProblemKind.TLS, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("secure connection"), e.getMessage());
            server.join(2000);
        }
    }

    @Test
    void plainHttpToANonLoopbackHostIsRefusedBeforeAnythingIsSent() {
        Connection c = new Connection(Providers.byId("v0").orElseThrow(), URI.create("http://api.v0.dev"),
                Map.of(), new ApiKey("v0_demo_key_for_tests"), Duration.ofSeconds(2));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(c, "wh_x"));
        assertEquals(ProblemKind.INVALID_INPUT, e.kind());
        assertTrue(e.getMessage().contains("https://api.v0.dev"), e.getMessage());
    }

    @Test
    void everyRequestCarriesTheUserAgentAndThePathPrefixOfTheBaseUrl() throws Exception {
        fetcher.fetch(SandboxConnections.to(sandbox, "featurebase"), DemoFixtures.FEATUREBASE_HEALTHY);
        RecordedRequest r = sandbox.requests().getLast();
        assertTrue(r.header("User-Agent").orElseThrow().startsWith("webhook-inspector/"));
        assertTrue(r.path().startsWith("/featurebase/v2/webhooks/"), r.path());
    }

    @Test
    void cancellingTheWorkerThreadAbortsTheRequest() throws Exception {
        // Longer than the connection's 10 s timeout: only the interrupt can end the fetch as CANCELLED.
        sandbox.faults().add(new Fault.Slow("v0", Duration.ofMinutes(10)), 1);
        var outcome = new java.util.concurrent.atomic.AtomicReference<Object>();
        Thread worker = new Thread(() -> {
            try {
                outcome.set(fetcher.fetch(SandboxConnections.to(sandbox, "v0"), DemoFixtures.V0_BASIC));
            } catch (FetchException e) {
                outcome.set(e);
            }
        });
        worker.start();
        Await.until("the simulator received the request", () -> !sandbox.requests().isEmpty(), Duration.ofSeconds(10));
        worker.interrupt();
        worker.join();
        FetchException e = assertInstanceOf(FetchException.class, outcome.get());
        assertEquals(ProblemKind.CANCELLED, e.kind(), e.getMessage());
    }
}
