package dev.webhookinspector.sandbox;

import static dev.webhookinspector.sandbox.SimulatorClient.json;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.webhookinspector.Await;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private static Sandbox sandbox;
    private static final SimulatorClient client = new SimulatorClient();

    @BeforeAll static void start() throws IOException { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @AfterEach void clear() { sandbox.faults().clear(); }

    private static URI ultravox(String id) {
        return SimulatorClient.uri(sandbox, "ultravox", "/api/webhooks/" + id);
    }

    private static HttpResponse<String> getUltravox(String id) {
        return client.get(ultravox(id), "X-API-Key", sandbox.demoKey("ultravox"));
    }

    private static HttpResponse<String> getFeaturebase(String id) {
        return client.get(SimulatorClient.uri(sandbox, "featurebase", "/v2/webhooks/" + id),
                "Authorization", "Bearer " + sandbox.demoKey("featurebase"));
    }

    private static HttpResponse<String> getV0(String id) {
        return client.get(SimulatorClient.uri(sandbox, "v0", "/v2/hooks/" + SimulatorClient.segment(id)),
                "Authorization", "Bearer " + sandbox.demoKey("v0"));
    }

    @Test
    void notFoundFaultAnswers404InTheProvidersShapeForAnExistingWebhook() {
        sandbox.faults().add(new Fault.NotFound("featurebase"), 1);
        HttpResponse<String> response = getFeaturebase(DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals(404, response.statusCode());
        assertEquals("webhook_not_found", json(response).get("error").get("code").asText());
        assertEquals(200, getFeaturebase(DemoFixtures.FEATUREBASE_HEALTHY).statusCode(), "used up after one request");
    }

    @Test
    void rateLimitedOnceThenServedNormally() {
        sandbox.faults().add(new Fault.RateLimited("ultravox", 2), 1);
        HttpResponse<String> limited = getUltravox(DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(429, limited.statusCode());
        assertEquals("2", limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(json(limited).get("detail").asText().contains("throttled"));
        assertEquals(200, getUltravox(DemoFixtures.ULTRAVOX_HEALTHY).statusCode());
    }

    @Test
    void faultsApplyBeforeTheKeyIsChecked() {
        sandbox.faults().add(new Fault.RateLimited(null, 1), 1);
        assertEquals(429, client.get(ultravox(DemoFixtures.ULTRAVOX_HEALTHY)).statusCode());
    }

    @Test
    void unavailableAnswers503WithRetryAfterInEachProvidersShape() {
        sandbox.faults().add(new Fault.Unavailable(null, 3), 3);
        HttpResponse<String> ultravox = getUltravox(DemoFixtures.ULTRAVOX_HEALTHY);
        HttpResponse<String> v0 = getV0(DemoFixtures.V0_BASIC);
        HttpResponse<String> featurebase = getFeaturebase(DemoFixtures.FEATUREBASE_HEALTHY);
        for (HttpResponse<String> response : List.of(ultravox, v0, featurebase)) {
            assertEquals(503, response.statusCode());
            assertEquals("3", response.headers().firstValue("Retry-After").orElseThrow());
        }
        assertTrue(json(ultravox).has("detail"));
        assertTrue(json(v0).has("message"));
        assertEquals("api_error", json(featurebase).get("error").get("type").asText());
    }

    @Test
    void faultLimitedToOneProviderLeavesTheOthersAlone() {
        sandbox.faults().add(new Fault.NotFound("v0"), Integer.MAX_VALUE);
        assertEquals(200, getUltravox(DemoFixtures.ULTRAVOX_HEALTHY).statusCode());
        assertEquals(404, getV0(DemoFixtures.V0_BASIC).statusCode());
        assertEquals(404, getV0(DemoFixtures.V0_BASIC).statusCode(), "until cleared");
        sandbox.faults().clear();
        assertEquals(200, getV0(DemoFixtures.V0_BASIC).statusCode());
    }

    @Test
    void serverErrorHtmlAnswers5xxWithAnHtmlPage() {
        sandbox.faults().add(new Fault.ServerErrorHtml(null), 3);
        for (HttpResponse<String> response : List.of(getUltravox(DemoFixtures.ULTRAVOX_HEALTHY), getV0(DemoFixtures.V0_BASIC),
                getFeaturebase(DemoFixtures.FEATUREBASE_HEALTHY))) {
            assertTrue(response.statusCode() == 500 || response.statusCode() == 502, "status " + response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(response.body().toLowerCase().contains("<html"));
        }
    }

    @Test
    void malformedJsonIsA200JsonAnswerThatDoesNotParse() {
        sandbox.faults().add(new Fault.MalformedJson("v0"), 1);
        HttpResponse<String> response = getV0(DemoFixtures.V0_BASIC);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().startsWith("{"));
        assertThrows(JsonProcessingException.class, () -> SimulatorClient.JSON.readTree(response.body()));
    }

    @Test
    void slowAnswerDoesNotHoldUpOtherRequests() {
        // Far longer than any test run: the slow answer is certainly still pending while the other is served.
        sandbox.faults().add(new Fault.Slow("ultravox", Duration.ofMinutes(10)), 1);
        int before = sandbox.requests().size();
        HttpRequest request = HttpRequest.newBuilder(ultravox(DemoFixtures.ULTRAVOX_HEALTHY))
                .header("X-API-Key", sandbox.demoKey("ultravox")).build();
        CompletableFuture<HttpResponse<String>> slow = client.http().sendAsync(request, HttpResponse.BodyHandlers.ofString());
        Await.until("the simulator received the slow request", () -> sandbox.requests().size() > before, Duration.ofSeconds(10));

        // Another provider, so this request cannot be the one the fault slows down.
        assertEquals(200, getV0(DemoFixtures.V0_BASIC).statusCode(), "served while the slow answer waits");
        assertFalse(slow.isDone(), "the slow answer is still held back");
        slow.cancel(true);
    }

    @Test
    void slowAnswerThenAnswersNormally() {
        sandbox.faults().add(new Fault.Slow("ultravox", Duration.ofMillis(50)), 1);
        HttpResponse<String> response = getUltravox(DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(200, response.statusCode());
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, json(response).get("webhookId").asText());
    }

    @Test
    void oversizedBodyHasExactlyTheRequestedSizeAndStreams() throws Exception {
        long size = 3L * 1024 * 1024 + 7;
        sandbox.faults().add(new Fault.Oversized("featurebase", size), 1);
        assertEquals(size, countBody(SimulatorClient.uri(sandbox, "featurebase", "/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY),
                "Authorization", "Bearer " + sandbox.demoKey("featurebase")));
    }

    @Test
    void redirectToOtherHostPointsAtTheSecondListenerWhichRecordsWhatItGets() throws Exception {
        sandbox.faults().add(new Fault.RedirectOtherHost("ultravox"), 1);
        HttpResponse<String> redirect = getUltravox(DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(302, redirect.statusCode());
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertEquals(sandbox.otherHostBase().getAuthority(), location.getAuthority());
        assertEquals("/ultravox/api/webhooks/" + DemoFixtures.ULTRAVOX_HEALTHY, location.getRawPath());
        sandbox.clearRequests();
        HttpResponse<String> followed = client.get(location, "X-Probe", "visible");
        assertEquals(200, followed.statusCode());
        assertTrue(json(followed).get("stolen").asBoolean());
        RecordedRequest received = sandbox.requests().getLast();
        assertEquals(sandbox.otherHostBase().getAuthority(), received.host());
        assertEquals("visible", received.header("x-probe").orElseThrow());
        assertTrue(received.header("X-API-Key").isEmpty());
    }

    @Test
    void sameOriginRedirectsAddHopsCycleStatusesAndThenServe() {
        sandbox.faults().add(new Fault.RedirectSameOrigin("ultravox"), 3);
        URI next = ultravox(DemoFixtures.ULTRAVOX_HEALTHY);
        int[] expected = {302, 301, 307};
        for (int hop = 1; hop <= 3; hop++) {
            HttpResponse<String> response = client.get(next, "X-API-Key", sandbox.demoKey("ultravox"));
            assertEquals(expected[hop - 1], response.statusCode());
            next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            assertEquals(sandbox.baseUrl("ultravox").getAuthority(), next.getAuthority());
            assertEquals("hop=" + hop, next.getRawQuery());
        }
        HttpResponse<String> served = client.get(next, "X-API-Key", sandbox.demoKey("ultravox"));
        assertEquals(200, served.statusCode());
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, json(served).get("webhookId").asText());
    }

    @Test
    void sameOriginRedirectKeepsTheOtherQueryParameters() {
        sandbox.faults().add(new Fault.RedirectSameOrigin("featurebase"), 1);
        URI list = SimulatorClient.uri(sandbox, "featurebase", "/v2/webhooks?limit=5&status=active");
        HttpResponse<String> redirect = client.get(list, "Authorization", "Bearer " + sandbox.demoKey("featurebase"));
        URI target = list.resolve(redirect.headers().firstValue("Location").orElseThrow());
        assertEquals("limit=5&status=active&hop=1", target.getRawQuery());
        HttpResponse<String> served = client.get(target, "Authorization", "Bearer " + sandbox.demoKey("featurebase"));
        assertEquals(5, json(served).get("data").size());
    }

    @Test
    void triggerIdsAnswerTheirFaultEveryTimeForEveryProvider() {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> limited = getUltravox(DemoFixtures.ULTRAVOX_FAULT_RATE_LIMITED);
            assertEquals(429, limited.statusCode());
            assertEquals("1", limited.headers().firstValue("Retry-After").orElseThrow());
        }
        assertEquals(429, getV0(DemoFixtures.V0_FAULT_RATE_LIMITED).statusCode());
        assertEquals("rate_limit_error", json(getFeaturebase(DemoFixtures.FEATUREBASE_FAULT_RATE_LIMITED)).get("error").get("type").asText());
        assertEquals(404, getUltravox(DemoFixtures.ULTRAVOX_FAULT_NOT_FOUND).statusCode());
        assertEquals(404, getV0(DemoFixtures.V0_FAULT_NOT_FOUND).statusCode());
        assertEquals(404, getFeaturebase(DemoFixtures.FEATUREBASE_FAULT_NOT_FOUND).statusCode());
        assertEquals(500, getUltravox(DemoFixtures.ULTRAVOX_FAULT_SERVER_ERROR_HTML).statusCode());
        assertEquals(502, getV0(DemoFixtures.V0_FAULT_SERVER_ERROR_HTML).statusCode());
        assertTrue(getFeaturebase(DemoFixtures.FEATUREBASE_FAULT_SERVER_ERROR_HTML).body().contains("<html>"));
        assertThrows(JsonProcessingException.class, () -> SimulatorClient.JSON.readTree(getV0(DemoFixtures.V0_FAULT_MALFORMED_JSON).body()));
        assertThrows(JsonProcessingException.class,
                () -> SimulatorClient.JSON.readTree(getFeaturebase(DemoFixtures.FEATUREBASE_FAULT_MALFORMED_JSON).body()));
        assertThrows(JsonProcessingException.class,
                () -> SimulatorClient.JSON.readTree(getUltravox(DemoFixtures.ULTRAVOX_FAULT_MALFORMED_JSON).body()));
        assertTrue(getFeaturebase(DemoFixtures.FEATUREBASE_FAULT_REDIRECT_OTHER_HOST).headers().firstValue("Location").orElseThrow()
                .startsWith(sandbox.otherHostBase().toString()));
        assertEquals(302, getV0(DemoFixtures.V0_FAULT_REDIRECT_OTHER_HOST).statusCode());
        assertEquals(302, getUltravox(DemoFixtures.ULTRAVOX_FAULT_REDIRECT_OTHER_HOST).statusCode());
    }

    @Test
    void triggerIdsStillNeedTheKey() {
        assertEquals(401, client.get(ultravox(DemoFixtures.ULTRAVOX_FAULT_RATE_LIMITED)).statusCode());
    }

    @Test
    void oversizedTriggerSends17MiB() throws Exception {
        assertEquals(17L * 1024 * 1024, countBody(ultravox(DemoFixtures.ULTRAVOX_FAULT_OVERSIZED), "X-API-Key", sandbox.demoKey("ultravox")));
    }

    @Test
    void slowTriggerOutlastsAOneSecondClientTimeout() {
        URI uri = SimulatorClient.uri(sandbox, "v0", "/v2/hooks/" + DemoFixtures.V0_FAULT_SLOW);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(1))
                .header("Authorization", "Bearer " + sandbox.demoKey("v0")).build();
        assertThrows(HttpTimeoutException.class, () -> client.http().send(request, HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void faultsRejectUnknownProvidersAndNonsenseCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Fault.NotFound("github"));
        assertThrows(IllegalArgumentException.class, () -> sandbox.faults().add(new Fault.NotFound(null), 0));
    }

    private static long countBody(URI uri, String... headers) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).headers(headers).build();
        HttpResponse<InputStream> response = client.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Length").isEmpty(), "streamed, no length up front");
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            int first = in.read();
            assertEquals('{', first);
            total = 1;
            for (int n; (n = in.read(buffer)) > 0; ) total += n;
        }
        return total;
    }
}
