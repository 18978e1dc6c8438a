package dev.webhookinspector.sandbox;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.Await;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SandboxTest {
    private final SimulatorClient client = new SimulatorClient();

    @Test
    void baseUrlsAreOnLoopbackUnderEachProvidersPrefix() throws IOException {
        try (Sandbox sandbox = Sandbox.start(0)) {
            assertTrue(sandbox.port() > 0);
            assertEquals(URI.create("http://127.0.0.1:" + sandbox.port() + "/ultravox"), sandbox.baseUrl("ultravox"));
            assertEquals(URI.create("http://127.0.0.1:" + sandbox.port() + "/v0"), sandbox.baseUrl("v0"));
            assertEquals(URI.create("http://127.0.0.1:" + sandbox.port() + "/featurebase"), sandbox.baseUrl("featurebase"));
            assertNotEquals(sandbox.baseUrl("v0").getAuthority(), sandbox.otherHostBase().getAuthority());
            assertThrows(IllegalArgumentException.class, () -> sandbox.baseUrl("github"));
        }
    }

    @Test
    void demoKeysLookLikeEachProvidersRealKeys() throws IOException {
        try (Sandbox sandbox = Sandbox.start(0)) {
            assertTrue(sandbox.demoKey("ultravox").matches("[A-Za-z0-9]{8}\\.[A-Za-z0-9]{32}"));
            assertTrue(sandbox.demoKey("v0").startsWith("v0_demo_"));
            assertTrue(sandbox.demoKey("featurebase").startsWith("sk_demo_"));
        }
    }

    @Test
    void everyRequestIsRecordedWithItsHostRawPathAndLowerCaseHeaders() throws IOException {
        try (Sandbox sandbox = Sandbox.start(0)) {
            client.get(URI.create(sandbox.baseUrl("v0") + "/v2/hooks/a%2Fb?x=1"), "Authorization", "Bearer nope", "X-Trace-Id", "t-1");
            client.get(URI.create(sandbox.otherHostBase() + "/anything"), "X-Trace-Id", "t-2");
            client.get(URI.create("http://127.0.0.1:" + sandbox.port() + "/nowhere"));
            List<RecordedRequest> requests = sandbox.requests();
            assertEquals(3, requests.size());
            RecordedRequest first = requests.getFirst();
            assertEquals("127.0.0.1:" + sandbox.port(), first.host());
            assertEquals("GET", first.method());
            assertEquals("/v0/v2/hooks/a%2Fb?x=1", first.path());
            assertEquals(List.of("Bearer nope"), first.headers().get("authorization"));
            assertEquals("t-1", first.header("X-TRACE-ID").orElseThrow());
            assertTrue(first.headers().keySet().stream().allMatch(name -> name.equals(name.toLowerCase())));
            assertEquals(sandbox.otherHostBase().getAuthority(), requests.get(1).host());
            assertEquals("t-2", requests.get(1).header("x-trace-id").orElseThrow());
            assertEquals("/nowhere", requests.get(2).path());
            sandbox.clearRequests();
            assertTrue(sandbox.requests().isEmpty());
        }
    }

    @Test
    void otherHostListenerIsADifferentLoopbackAddressWhereTheOsHasOne() throws IOException {
        try (Sandbox sandbox = Sandbox.start(0)) {
            HttpResponse<String> response = client.get(URI.create(sandbox.otherHostBase() + "/v2/hooks/x"));
            assertEquals(200, response.statusCode());
            assertEquals("{\"stolen\":true}", response.body());
            if (System.getProperty("os.name").toLowerCase().contains("linux")) {
                assertEquals("127.0.0.2", sandbox.otherHostBase().getHost());
            }
        }
    }

    @Test
    void aTakenPortIsABindException() throws IOException {
        try (Sandbox first = Sandbox.start(0)) {
            assertThrows(BindException.class, () -> Sandbox.start(first.port()));
        }
    }

    @Test
    void closeDropsASlowAnswerInFlightAndThePortIsFreedAfter() throws Exception {
        Sandbox sandbox = Sandbox.start(0);
        sandbox.faults().add(new Fault.Slow(null, Duration.ofSeconds(30)), 1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl("v0") + "/v2/hooks")).build();
        CompletableFuture<HttpResponse<String>> pending = client.http().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        Await.until("the simulator received the slow request", () -> !sandbox.requests().isEmpty(), Duration.ofSeconds(10));
        sandbox.close();
        // Without the interrupt, close would wait for the 30 s answer and the request would get it.
        assertThrows(Exception.class, pending::join, "the slow request is dropped, not answered");
        try (Sandbox again = Sandbox.start(sandbox.port())) {
            assertEquals(sandbox.port(), again.port());
        }
        sandbox.close();
    }

    @Test
    void unknownPrefixExplainsWhatIsServed() throws IOException {
        try (Sandbox sandbox = Sandbox.start(0)) {
            HttpResponse<String> response = client.get(URI.create("http://127.0.0.1:" + sandbox.port() + "/"));
            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("/ultravox"));
        }
    }

    @Test
    void everyDocumentedWebhookIdIsServedAndEachProviderHasSevenFaultTriggers() throws IOException {
        try (Sandbox sandbox = Sandbox.start(0)) {
            for (DemoFixtures.Fixture f : DemoFixtures.describe()) {
                if (f.faultTrigger()) continue;
                String path = switch (f.provider()) {
                    case "ultravox" -> "/api/webhooks/";
                    case "v0" -> "/v2/hooks/";
                    default -> "/v2/webhooks/";
                };
                String[] auth = f.provider().equals("ultravox")
                        ? new String[] {"X-API-Key", sandbox.demoKey("ultravox")}
                        : new String[] {"Authorization", "Bearer " + sandbox.demoKey(f.provider())};
                HttpResponse<String> response = client.get(URI.create(sandbox.baseUrl(f.provider()) + path + SimulatorClient.segment(f.id())), auth);
                assertEquals(200, response.statusCode(), f.toString());
            }
            for (String provider : Sandbox.PROVIDERS) {
                assertTrue(DemoFixtures.forProvider(provider).stream().filter(DemoFixtures.Fixture::faultTrigger).count() >= 7, provider);
            }
        }
    }
}
