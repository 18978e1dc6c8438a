package dev.webhookinspector.sandbox;

import static dev.webhookinspector.sandbox.SimulatorClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator's second account per provider, 250 webhooks, and the faults made for lists: raw HTTP, so the shapes are the wire's. */
class BulkAccountTest {
    private static Sandbox sandbox;
    private static final SimulatorClient client = new SimulatorClient();

    @BeforeAll static void start() throws IOException { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @AfterEach void clear() { sandbox.faults().clear(); }

    private static HttpResponse<String> ultravox(URI uri, String key) {
        return client.get(uri, "X-API-Key", key);
    }

    private static HttpResponse<String> bearer(String provider, String pathAndQuery, String key) {
        return client.get(SimulatorClient.uri(sandbox, provider, pathAndQuery), "Authorization", "Bearer " + key);
    }

    @Test
    void ultravoxsBulkAccountAnnouncesItsTotalAndLinksThreePagesOfAHundred() {
        URI next = SimulatorClient.uri(sandbox, "ultravox", "/api/webhooks");
        int pages = 0;
        int seen = 0;
        while (next != null) {
            JsonNode page = json(ultravox(next, sandbox.bulkKey("ultravox")));
            assertEquals(DemoFixtures.BULK_WEBHOOKS, page.get("total").asInt());
            seen += page.get("results").size();
            pages++;
            next = page.get("next").isNull() ? null : URI.create(page.get("next").asText());
        }
        assertEquals(3, pages);
        assertEquals(DemoFixtures.BULK_WEBHOOKS, seen);
    }

    @Test
    void featurebasesBulkAccountGivesAHundredAPageUntilNextCursorIsNull() {
        JsonNode first = json(bearer("featurebase", "/v2/webhooks?limit=100", sandbox.bulkKey("featurebase")));
        assertEquals("list", first.get("object").asText());
        assertEquals(100, first.get("data").size());
        JsonNode second = json(bearer("featurebase", "/v2/webhooks?limit=100&cursor=" + first.get("nextCursor").asText(),
                sandbox.bulkKey("featurebase")));
        JsonNode third = json(bearer("featurebase", "/v2/webhooks?limit=100&cursor=" + second.get("nextCursor").asText(),
                sandbox.bulkKey("featurebase")));
        assertEquals(50, third.get("data").size());
        assertTrue(third.get("nextCursor").isNull());
    }

    @Test
    void v0sBulkAccountListsIdsAndNamesAndServesEachByItsId() {
        JsonNode hooks = json(bearer("v0", "/v2/hooks", sandbox.bulkKey("v0")));
        assertEquals(DemoFixtures.BULK_WEBHOOKS, hooks.size());
        List<String> fields = new java.util.ArrayList<>();
        hooks.get(7).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "name"), fields, "no details in the list");
        JsonNode hook = json(bearer("v0", "/v2/hooks/" + hooks.get(7).get("id").asText(), sandbox.bulkKey("v0")));
        assertEquals("Bulk hook 008", hook.get("name").asText());
        assertTrue(hook.get("url").asText().startsWith("https://"));
    }

    @Test
    void eachKeySeesOnlyItsOwnAccount() {
        String bulkId = json(bearer("featurebase", "/v2/webhooks?limit=1", sandbox.bulkKey("featurebase"))).get("data").get(0).get("id").asText();
        assertEquals(404, bearer("featurebase", "/v2/webhooks/" + bulkId, sandbox.demoKey("featurebase")).statusCode());
        assertEquals(404, bearer("featurebase", "/v2/webhooks/" + DemoFixtures.FEATUREBASE_HEALTHY, sandbox.bulkKey("featurebase")).statusCode());
    }

    @Test
    void aFaultAddedAfterTwoRequestsLetsThemThroughAndAnswersTheThird() {
        sandbox.faults().addAfter(2, new Fault.ServerErrorHtml("ultravox"), 1);
        URI list = SimulatorClient.uri(sandbox, "ultravox", "/api/webhooks?pageSize=1");
        assertEquals(200, ultravox(list, sandbox.demoKey("ultravox")).statusCode());
        assertEquals(200, ultravox(list, sandbox.demoKey("ultravox")).statusCode());
        HttpResponse<String> third = ultravox(list, sandbox.demoKey("ultravox"));
        assertEquals(500, third.statusCode());
        assertTrue(third.body().contains("Server Error (500)"));
        assertEquals(200, ultravox(list, sandbox.demoKey("ultravox")).statusCode(), "used up after one request");
    }

    @Test
    void requestsToOtherProvidersDoNotCountTowardsTheSkip() {
        sandbox.faults().addAfter(1, new Fault.NotFound("v0"), 1);
        assertEquals(200, bearer("featurebase", "/v2/webhooks?limit=1", sandbox.demoKey("featurebase")).statusCode());
        assertEquals(200, bearer("v0", "/v2/hooks", sandbox.demoKey("v0")).statusCode());
        assertEquals(404, bearer("v0", "/v2/hooks", sandbox.demoKey("v0")).statusCode());
    }

    @Test
    void theNextPageOnOtherHostFaultMovesOnlyUltravoxsNextLink() {
        sandbox.faults().add(new Fault.NextPageOnOtherHost("ultravox"), 1);
        JsonNode page = json(ultravox(SimulatorClient.uri(sandbox, "ultravox", "/api/webhooks"), sandbox.bulkKey("ultravox")));
        assertTrue(page.get("next").asText().startsWith(sandbox.otherHostBase() + "/ultravox/api/webhooks?cursor="), page.get("next").asText());
        assertEquals(100, page.get("results").size(), "the page itself is served as usual");
    }
}
