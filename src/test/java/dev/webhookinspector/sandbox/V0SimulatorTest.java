package dev.webhookinspector.sandbox;

import static dev.webhookinspector.sandbox.SimulatorClient.json;
import static dev.webhookinspector.sandbox.UltravoxSimulatorTest.fieldNames;
import static dev.webhookinspector.sandbox.UltravoxSimulatorTest.texts;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class V0SimulatorTest {
    private static final Set<String> V2_FIELDS = Set.of("id", "createdAt", "name", "events", "url", "chatId");
    private static Sandbox sandbox;
    private static final SimulatorClient client = new SimulatorClient();

    @BeforeAll static void start() throws IOException { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    private HttpResponse<String> get(String pathAndQuery) {
        return client.get(SimulatorClient.uri(sandbox, "v0", pathAndQuery), "Authorization", "Bearer " + sandbox.demoKey("v0"));
    }

    @Test
    void basicHookHasExactlyTheV2FieldsAndANullChat() {
        JsonNode hook = json(get("/v2/hooks/" + DemoFixtures.V0_BASIC));
        assertEquals(V2_FIELDS, fieldNames(hook));
        assertEquals("wh_ghi012", hook.get("id").asText());
        assertTrue(hook.get("chatId").isNull());
        assertFalse(hook.get("events").isEmpty());
    }

    @Test
    void chatScopedHookNamesItsChat() {
        JsonNode hook = json(get("/v2/hooks/" + DemoFixtures.V0_CHAT_SCOPED));
        assertEquals(V2_FIELDS, fieldNames(hook));
        assertFalse(hook.get("chatId").asText().isBlank());
    }

    @Test
    void idWithUrlUnsafeCharactersRoundTripsWhenSentAsOneEncodedSegment() {
        String encoded = SimulatorClient.segment(DemoFixtures.V0_UNSAFE_ID);
        assertTrue(encoded.contains("%2F") && encoded.contains("%20") && encoded.contains("%3F") && encoded.contains("%23"), encoded);
        HttpResponse<String> response = get("/v2/hooks/" + encoded);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(DemoFixtures.V0_UNSAFE_ID, json(response).get("id").asText());
        assertEquals("/v0/v2/hooks/" + encoded, sandbox.requests().getLast().path(), "recorded as sent, still encoded");
    }

    @Test
    void unsafeIdSentUnencodedIsNotFound() {
        HttpResponse<String> response = get("/v2/hooks/wh/%C3%BC%20d");
        assertEquals(404, response.statusCode());
        assertTrue(json(response).has("message"));
    }

    @Test
    void hookFromANewerApiCarriesAnUnknownEventAndAnExtraField() {
        JsonNode hook = json(get("/v2/hooks/" + DemoFixtures.V0_UNKNOWN_VALUES));
        assertTrue(texts(hook.get("events")).contains("chat.archived"));
        assertTrue(fieldNames(hook).size() > V2_FIELDS.size());
    }

    @Test
    void listIsABareArrayOfIdsAndNames() {
        JsonNode list = json(get("/v2/hooks"));
        assertTrue(list.isArray());
        List<String> ids = new ArrayList<>();
        list.forEach(h -> {
            assertEquals(Set.of("id", "name"), fieldNames(h));
            ids.add(h.get("id").asText());
        });
        assertTrue(ids.containsAll(List.of(DemoFixtures.V0_BASIC, DemoFixtures.V0_CHAT_SCOPED, DemoFixtures.V0_UNSAFE_ID)));
    }

    @Test
    void missingOrWrongBearerKeyIs401WithAMessage() {
        URI uri = SimulatorClient.uri(sandbox, "v0", "/v2/hooks/" + DemoFixtures.V0_BASIC);
        HttpResponse<String> missing = client.get(uri);
        assertEquals(401, missing.statusCode());
        assertFalse(json(missing).get("message").asText().isBlank());
        HttpResponse<String> wrong = client.get(uri, "Authorization", "Bearer v0_wrong");
        assertEquals(401, wrong.statusCode());
        assertEquals("Invalid API key.", json(wrong).get("message").asText());
        assertEquals(401, client.get(uri, "Authorization", sandbox.demoKey("v0")).statusCode(), "the Bearer scheme is required");
        assertEquals(200, client.get(uri, "Authorization", "bearer " + sandbox.demoKey("v0")).statusCode(), "in any case");
    }

    @Test
    void unknownHookIs404AndWrongMethodIs405InV2Shape() {
        HttpResponse<String> unknown = get("/v2/hooks/wh_nope");
        assertEquals(404, unknown.statusCode());
        assertEquals("Webhook not found.", json(unknown).get("message").asText());
        HttpResponse<String> post = client.send(SimulatorClient.uri(sandbox, "v0", "/v2/hooks"), "POST", Duration.ofSeconds(5),
                "Authorization", "Bearer " + sandbox.demoKey("v0"));
        assertEquals(405, post.statusCode());
        assertTrue(json(post).has("message"));
        assertEquals(404, get("/api/v2/hooks/" + DemoFixtures.V0_BASIC).statusCode(), "the /api prefix of the cURL example does not exist");
    }

    @Test
    void legacyErrorIdAnswers500InTheV1Shape() {
        HttpResponse<String> response = get("/v2/hooks/" + DemoFixtures.V0_LEGACY_ERROR);
        assertEquals(500, response.statusCode());
        JsonNode error = json(response).get("error");
        assertEquals("internal_error", error.get("type").asText());
        assertFalse(error.get("message").asText().isBlank());
    }
}
