package dev.webhookinspector.sandbox;

import static dev.webhookinspector.sandbox.SimulatorClient.json;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UltravoxSimulatorTest {
    private static Sandbox sandbox;
    private static final SimulatorClient client = new SimulatorClient();

    @BeforeAll static void start() throws IOException { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    private HttpResponse<String> get(String pathAndQuery) {
        return client.get(SimulatorClient.uri(sandbox, "ultravox", pathAndQuery), "X-API-Key", sandbox.demoKey("ultravox"));
    }

    @Test
    void healthyWebhookHasTheDocumentedFieldsTwoSecretsAndNoFailures() {
        HttpResponse<String> response = get("/api/webhooks/" + DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        JsonNode webhook = json(response);
        assertEquals(Set.of("webhookId", "created", "url", "secrets", "events", "status", "lastStatusChange", "recentFailures"),
                fieldNames(webhook));
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, webhook.get("webhookId").asText());
        assertEquals("normal", webhook.get("status").asText());
        assertEquals(2, webhook.get("secrets").size());
        assertEquals(List.of("call.started", "call.ended"), texts(webhook.get("events")));
        assertEquals(0, webhook.get("recentFailures").size());
        assertTrue(Instant.parse(webhook.get("lastStatusChange").asText()).isBefore(Instant.now()));
    }

    @Test
    void failingWebhookIsAgentScopedWithAboutFortyFailuresFromTheLastTwoDays() {
        JsonNode webhook = json(get("/api/webhooks/" + DemoFixtures.ULTRAVOX_FAILING));
        assertEquals("unhealthy", webhook.get("status").asText());
        assertEquals(DemoFixtures.ULTRAVOX_AGENT_ID, webhook.get("agentId").asText());
        JsonNode failures = webhook.get("recentFailures");
        assertEquals(40, failures.size());
        Instant twoDaysAgo = Instant.now().minus(Duration.ofHours(48));
        Set<Integer> fractionDigits = new HashSet<>();
        StringBuilder texts = new StringBuilder();
        for (JsonNode failure : failures) {
            String timestamp = failure.get("timestamp").asText();
            Instant at = Instant.parse(timestamp);
            assertTrue(at.isAfter(twoDaysAgo) && at.isBefore(Instant.now()), timestamp);
            fractionDigits.add(timestamp.contains(".") ? timestamp.length() - timestamp.indexOf('.') - 2 : 0);
            texts.append(failure.get("failure").asText()).append('\n');
        }
        assertEquals(Set.of(0, 3, 6), fractionDigits, "timestamps come with 0, 3 and 6 fractional digits");
        for (String expected : List.of("timed out", "Connection refused", "HTTP 500", "HTTP 502", "HTTP 404", "HTTP 410", "SSL")) {
            assertTrue(texts.toString().contains(expected), "a failure mentions " + expected);
        }
    }

    @Test
    void neverDeliveredWebhookHasNoSecretsNoAgentAndANullStatusChange() {
        JsonNode webhook = json(get("/api/webhooks/" + DemoFixtures.ULTRAVOX_NEVER_DELIVERED));
        assertFalse(webhook.has("secrets"));
        assertFalse(webhook.has("agentId"));
        assertTrue(webhook.get("lastStatusChange").isNull());
        assertEquals(0, webhook.get("recentFailures").size());
    }

    @Test
    void webhookFromANewerApiVersionCarriesUnknownStatusEventAndFields() {
        JsonNode webhook = json(get("/api/webhooks/" + DemoFixtures.ULTRAVOX_UNKNOWN_VALUES));
        assertEquals("degraded", webhook.get("status").asText());
        assertTrue(texts(webhook.get("events")).contains("call.transferred"));
        assertTrue(webhook.get("retryPolicy").isObject());
        assertEquals("eu-west", webhook.get("region").asText());
    }

    @Test
    void manyFailuresWebhookHasExactlyTenThousandFailures() {
        JsonNode webhook = json(get("/api/webhooks/" + DemoFixtures.ULTRAVOX_MANY_FAILURES));
        assertEquals(10_000, webhook.get("recentFailures").size());
        assertEquals("unhealthy", webhook.get("status").asText());
    }

    @Test
    void missingKeyIs401AndWrongKeyIs403WithADetailMessage() {
        URI uri = SimulatorClient.uri(sandbox, "ultravox", "/api/webhooks/" + DemoFixtures.ULTRAVOX_HEALTHY);
        HttpResponse<String> missing = client.get(uri);
        assertEquals(401, missing.statusCode());
        assertEquals("Authentication credentials were not provided.", json(missing).get("detail").asText());
        HttpResponse<String> wrong = client.get(uri, "X-API-Key", "Wrong123.abcdefghijklmnopqrstuvwxyz012345");
        assertEquals(403, wrong.statusCode());
        assertFalse(json(wrong).get("detail").asText().isBlank());
        HttpResponse<String> bearer = client.get(uri, "Authorization", "Bearer " + sandbox.demoKey("ultravox"));
        assertEquals(401, bearer.statusCode(), "the key only counts in X-API-Key");
    }

    @Test
    void unknownWebhookUnknownPathAndWrongMethodAnswerInDrfShape() {
        HttpResponse<String> unknown = get("/api/webhooks/11111111-2222-4333-8444-555555555555");
        assertEquals(404, unknown.statusCode());
        assertEquals("Not found.", json(unknown).get("detail").asText());
        assertEquals(404, get("/api/agents").statusCode());
        assertEquals(404, get("/api/webhooks/not-a-uuid").statusCode());
        HttpResponse<String> delete = client.send(SimulatorClient.uri(sandbox, "ultravox", "/api/webhooks/" + DemoFixtures.ULTRAVOX_HEALTHY),
                "DELETE", Duration.ofSeconds(5), "X-API-Key", sandbox.demoKey("ultravox"));
        assertEquals(405, delete.statusCode());
        assertEquals("Method \"DELETE\" not allowed.", json(delete).get("detail").asText());
    }

    @Test
    void listingWalksEveryPageThroughAbsoluteNextAndPreviousUrlsOnTheSameOrigin() {
        URI first = SimulatorClient.uri(sandbox, "ultravox", "/api/webhooks?pageSize=7");
        List<String> ids = new ArrayList<>();
        JsonNode page = null;
        int total = -1;
        for (URI next = first; next != null; ) {
            page = json(client.get(next, "X-API-Key", sandbox.demoKey("ultravox")));
            total = page.get("total").asInt();
            page.get("results").forEach(w -> ids.add(w.get("webhookId").asText()));
            String nextUrl = page.get("next").isNull() ? null : page.get("next").asText();
            if (nextUrl != null) {
                assertTrue(nextUrl.startsWith(sandbox.baseUrl("ultravox") + "/api/webhooks?"), nextUrl);
                assertTrue(nextUrl.contains("pageSize=7"), "the page size is kept: " + nextUrl);
            }
            next = nextUrl == null ? null : URI.create(nextUrl);
        }
        assertTrue(total >= 30, "enough webhooks to paginate, was " + total);
        assertEquals(total, ids.size());
        assertEquals(total, new HashSet<>(ids).size(), "no webhook twice");
        assertTrue(ids.containsAll(List.of(DemoFixtures.ULTRAVOX_HEALTHY, DemoFixtures.ULTRAVOX_FAILING)));
        String previous = page.get("previous").asText();
        JsonNode back = json(client.get(URI.create(previous), "X-API-Key", sandbox.demoKey("ultravox")));
        assertEquals(7, back.get("results").size());
        JsonNode firstPage = json(client.get(first, "X-API-Key", sandbox.demoKey("ultravox")));
        assertTrue(firstPage.get("previous").isNull());
    }

    @Test
    void listingWithoutPageSizeReturnsEverythingOnOnePageOfAtMostOneHundred() {
        JsonNode page = json(get("/api/webhooks"));
        assertTrue(page.get("next").isNull());
        assertEquals(page.get("total").asInt(), page.get("results").size());
    }

    @Test
    void listingFiltersByAgentAndRejectsABadAgentIdOrCursor() {
        JsonNode page = json(get("/api/webhooks?agentId=" + DemoFixtures.ULTRAVOX_AGENT_ID));
        assertTrue(page.get("total").asInt() >= 2);
        page.get("results").forEach(w -> assertEquals(DemoFixtures.ULTRAVOX_AGENT_ID, w.get("agentId").asText()));
        HttpResponse<String> badAgent = get("/api/webhooks?agentId=nope");
        assertEquals(400, badAgent.statusCode());
        assertTrue(json(badAgent).get("agentId").isArray());
        HttpResponse<String> badCursor = get("/api/webhooks?cursor=garbage!");
        assertEquals(404, badCursor.statusCode());
        assertEquals("Invalid cursor", json(badCursor).get("detail").asText());
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
