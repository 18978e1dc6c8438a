package dev.webhookinspector.core.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.ReceiverFault;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed test deliveries to the simulator's receiver, which checks them with its own code, as the docs say. */
class TestDeliveriesTest {
    private Sandbox sandbox;
    private final SafeHttp http = new SafeHttp();

    @BeforeEach void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterEach void stop() { sandbox.close(); }

    private Snapshot fetch(String provider, String id) throws Exception {
        return new HttpWebhookFetcher().fetch(new Connection(Providers.byId(provider).orElseThrow(), sandbox.baseUrl(provider), Map.of(),
                new ApiKey(sandbox.demoKey(provider)), null), id).snapshot();
    }

    private DeliveryResult deliver(String provider, String id, URI to, Duration timeout) throws Exception {
        Snapshot webhook = fetch(provider, id);
        Provider p = Providers.byId(provider).orElseThrow();
        DeliveryPlan plan = TestDeliveries.plan(p, webhook, null, to != null ? to : sandbox.receiverUrl(provider, id), Instant.now());
        return TestDeliveries.send(http, timeout == null ? plan : plan.withTimeout(timeout), webhook);
    }

    private List<RecordedRequest> receiverRequests() {
        return sandbox.requests().stream().filter(r -> r.path().startsWith("/receiver/")).toList();
    }

    @Test void anUltravoxDeliverySignedWithBothSecretsIsAcceptedAndCarriesNoApiKey() throws Exception {
        DeliveryResult r = deliver("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, null, null);

        assertEquals(DeliveryResult.Outcome.DELIVERED, r.outcome(), r.body());
        assertEquals(200, r.status());
        assertEquals(List.of("secret 1", "secret 2"), r.plan().signedWith());
        String sig = r.plan().headers().stream().filter(h -> h.name().equals("X-Ultravox-Webhook-Signature")).findFirst().orElseThrow().value();
        assertEquals(2, sig.split(",").length, "one signature per secret");
        RecordedRequest got = receiverRequests().getFirst();
        assertFalse(got.headers().toString().contains(sandbox.demoKey("ultravox")), "the API key never goes to a receiver");
        assertTrue(got.header("x-api-key").isEmpty() && got.header("authorization").isEmpty());
        assertTrue(r.firstByte().isPresent() && r.total().isPresent());
    }

    @Test void aFeaturebaseDeliveryIsAcceptedWithTheWebhooksOwnHeaders() throws Exception {
        DeliveryResult r = deliver("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, null, null);
        assertEquals(DeliveryResult.Outcome.DELIVERED, r.outcome(), r.body());
        assertTrue(new String(r.plan().body()).contains("\"topic\""));
        assertFalse(receiverRequests().getFirst().headers().toString().contains(sandbox.demoKey("featurebase")));
    }

    @Test void aV0DeliveryGoesUnsignedAndSaysSo() throws Exception {
        DeliveryResult r = deliver("v0", DemoFixtures.V0_BASIC, null, null);
        assertEquals(DeliveryResult.Outcome.DELIVERED, r.outcome());
        assertTrue(r.plan().signedWith().isEmpty());
        assertFalse(Providers.byId("v0").orElseThrow().signing().signs());
    }

    @Test void aReceiverWithAnotherSecretRefusesAndTheResultComparesWithTheRecordedFailures() throws Exception {
        sandbox.receiverFault(ReceiverFault.WRONG_SECRET);
        DeliveryResult r = deliver("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, null, null);
        assertEquals(DeliveryResult.Outcome.REFUSED, r.outcome());
        assertEquals(401, r.status());
        assertTrue(r.body().contains("signature mismatch"));
    }

    @Test void a502LikeTheRecordedFailuresIsSaidSo() throws Exception {
        sandbox.receiverFault(ReceiverFault.SERVER_ERROR);
        DeliveryResult r = deliver("featurebase", DemoFixtures.FEATUREBASE_FAILING, null, null);
        assertEquals(DeliveryResult.Outcome.REFUSED, r.outcome());
        assertEquals(502, r.status());
        assertTrue(r.comparison().orElseThrow().startsWith("Your endpoint answers 502"), r.comparison().orElseThrow());
        assertEquals(8, r.outcome().exitCode().code());
    }

    @Test void aClientErrorIsARefusal() throws Exception {
        sandbox.receiverFault(ReceiverFault.CLIENT_ERROR);
        DeliveryResult r = deliver("ultravox", DemoFixtures.ULTRAVOX_FAILING, null, null);
        assertEquals(422, r.status());
        assertTrue(r.body().contains("unexpected payload"));
    }

    @Test void aSlowReceiverIsATimeoutInPlainWords() throws Exception {
        sandbox.receiverFault(ReceiverFault.SLOW);
        DeliveryResult r = deliver("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, null, Duration.ofMillis(500));
        assertEquals(DeliveryResult.Outcome.UNREACHABLE, r.outcome());
        assertTrue(r.problem().orElseThrow().startsWith("No answer from 127.0.0.1"), r.problem().orElseThrow());
        assertEquals(5, r.outcome().exitCode().code());
    }

    @Test void anUntrustedCertificateIsNamed() throws Exception {
        URI tls = sandbox.untrustedReceiverUrl("ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        DeliveryResult r = deliver("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, tls, null);
        assertEquals(DeliveryResult.Outcome.UNREACHABLE, r.outcome());
        assertTrue(r.problem().orElseThrow().contains("simulator receiver"), r.problem().orElseThrow());
    }

    @Test void aRefusedConnectionAndABadAddressAreTold() throws Exception {
        DeliveryResult r = deliver("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, URI.create("http://127.0.0.1:1/hook"), null);
        assertEquals(DeliveryResult.Outcome.UNREACHABLE, r.outcome());
        assertTrue(r.problem().orElseThrow().contains("refused"), r.problem().orElseThrow());
        Snapshot w = fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> TestDeliveries.plan(
                Providers.byId("ultravox").orElseThrow(), w, null, URI.create("ftp://example.com/x"), Instant.now()));
        assertTrue(bad.getMessage().contains("http:// or https://"));
        assertTrue(TestDeliveries.plan(Providers.byId("ultravox").orElseThrow(), w, null, URI.create("https://hooks.example.com/x"),
                Instant.now()).needsConfirmation());
    }

    @Test void theWebhooksOwnCustomHeadersGoWithTheDeliveryAsFeaturebaseSendsThem() throws Exception {
        sandbox.receiverFault(ReceiverFault.NONE);
        deliver("featurebase", DemoFixtures.FEATUREBASE_FAILING, null, null);
        RecordedRequest got = receiverRequests().getFirst();
        assertEquals("production", got.header("X-Acme-Environment").orElseThrow());
        assertEquals("feedback-sync", got.header("X-Routing-Key").orElseThrow());
    }
}
