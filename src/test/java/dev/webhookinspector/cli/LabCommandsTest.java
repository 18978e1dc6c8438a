package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.delivery.DeliveryPlan;
import dev.webhookinspector.core.delivery.TestDeliveries;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.ReceiverFault;
import dev.webhookinspector.sandbox.Sandbox;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deliver} and {@code verify} against the simulator and its receiver: what a user reads and how they exit. */
class LabCommandsTest {
    private static Sandbox sandbox;
    @TempDir Path dir;

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @BeforeEach void reset() {
        sandbox.receiverFault(ReceiverFault.NONE);
        sandbox.clearRequests();
    }

    private static CliRun run(String command, String provider, String id, String... more) {
        List<String> args = new ArrayList<>(List.of(command, id, "--provider", provider, "--base-url", sandbox.baseUrl(provider).toString()));
        args.addAll(List.of(more));
        return CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, sandbox.demoKey(provider)), args.toArray(String[]::new));
    }

    private static CliRun deliver(String provider, String id, String... more) {
        List<String> args = new ArrayList<>(List.of("--to", sandbox.receiverUrl(provider, id).toString()));
        args.addAll(List.of(more));
        return run("deliver", provider, id, args.toArray(String[]::new));
    }

    @Test void aDeliveryToTheReceiverIsDeliveredAndNoKeyIsPrintedOrSent() {
        CliRun r = deliver("ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Delivered: HTTP 200 in "), r.out());
        assertTrue(r.out().contains("signed       with secret 1, secret 2."), r.out());
        assertFalse(r.out().contains(sandbox.demoKey("ultravox")));
        assertTrue(sandbox.requests().stream().filter(q -> q.path().startsWith("/receiver/"))
                .noneMatch(q -> q.headers().toString().contains(sandbox.demoKey("ultravox"))));
    }

    @Test void aRefusingEndpointExits8AndJsonSaysWhatTheProviderWouldConclude() throws Exception {
        sandbox.receiverFault(ReceiverFault.SERVER_ERROR);
        CliRun r = deliver("featurebase", DemoFixtures.FEATUREBASE_FAILING, "--format", "json");
        assertEquals(8, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("refused", json.path("outcome").asText());
        assertEquals(502, json.path("status").asInt());
        assertTrue(json.path("comparison").asText().startsWith("Your endpoint answers 502"));
        assertTrue(json.path("response").path("body").asText().contains("Bad Gateway"));
    }

    @Test void anUnreachableEndpointExits5AndAnotherHostNeedsYes() {
        CliRun refused = run("deliver", "ultravox", DemoFixtures.ULTRAVOX_HEALTHY, "--to", "http://127.0.0.1:1/hook");
        assertEquals(5, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.out().contains("the connection was refused"), refused.out());

        CliRun away = run("deliver", "ultravox", DemoFixtures.ULTRAVOX_HEALTHY, "--to", "https://hooks.example.com/in");
        assertEquals(2, away.exitCode());
        assertTrue(away.err().contains("not this machine") && away.err().contains("--yes"), away.err());
        assertTrue(away.out().isEmpty());
    }

    /** A delivery as a receiver would log it, signed by the app's own code, written as a raw request file. */
    private Path logged(String provider, String id, boolean pretty) throws Exception {
        Snapshot webhook = new HttpWebhookFetcher().fetch(new Connection(Providers.byId(provider).orElseThrow(), sandbox.baseUrl(provider),
                Map.of(), new ApiKey(sandbox.demoKey(provider)), null), id).snapshot();
        DeliveryPlan plan = TestDeliveries.plan(Providers.byId(provider).orElseThrow(), webhook, null, sandbox.receiverUrl(provider, id), Instant.now());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("POST /hooks HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8));
        for (Header h : plan.headers()) out.write((h.name() + ": " + h.value() + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        out.write(pretty ? new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(new ObjectMapper().readTree(plan.body())) : plan.body());
        return Files.write(dir.resolve(pretty ? "pretty.http" : "raw.http"), out.toByteArray());
    }

    @Test void aLoggedDeliveryVerifiesAgainstTheWebhooksSecretsAndARessialisedOneNamesTheMistake() throws Exception {
        CliRun ok = run("verify", "ultravox", DemoFixtures.ULTRAVOX_HEALTHY, "--request", logged("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, false).toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("Verified: the signature matches secret 1."), ok.out());
        assertTrue(ok.out().contains("receivers accept 1 minute"), ok.out());

        CliRun bad = run("verify", "ultravox", DemoFixtures.ULTRAVOX_HEALTHY, "--request", logged("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, true).toString());
        assertEquals(8, bad.exitCode(), bad.out() + bad.err());
        assertTrue(bad.out().contains("The body was re-serialised"), bad.out());
    }

    @Test void aSecretFromStandardInputThatDoesNotMatchIsSaidPlainlyAndNeverPrinted() throws Exception {
        Path request = logged("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, false);
        CliRun r = CliRun.runWithInput(Map.of(), "whsec_someoneelsessecret000000\n", "verify", DemoFixtures.FEATUREBASE_HEALTHY,
                "--provider", "featurebase", "--secret-stdin", "--request", request.toString(), "--format", "json");
        assertEquals(8, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertFalse(json.path("verified").asBoolean());
        assertEquals("no_secret_matches", json.path("mistakes").get(0).path("kind").asText());
        assertFalse(r.out().contains("someoneelses"));
    }

    @Test void badInputExits2WithTheRule() {
        CliRun none = run("verify", "ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("--body FILE"), none.err());
        CliRun v0 = CliRun.runWithInput(Map.of(), "s\n", "verify", "x", "--provider", "v0", "--secret-stdin", "--body", "/nonexistent/body.json");
        assertEquals(2, v0.exitCode());
        assertTrue(v0.err().contains("is not a file"), v0.err());
    }
}
