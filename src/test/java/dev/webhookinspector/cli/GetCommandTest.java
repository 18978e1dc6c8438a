package dev.webhookinspector.cli;

import dev.webhookinspector.core.problem.ExitCode;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetCommandTest {
    static Sandbox sandbox;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @BeforeEach void reset() { sandbox.clearRequests(); sandbox.faults().clear(); }

    static Map<String, String> keyFor(String provider) {
        return Map.of(CliContext.API_KEY_VARIABLE, sandbox.demoKey(provider));
    }

    static CliRun get(String provider, String id, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("get", id, "--provider", provider, "--base-url", sandbox.baseUrl(provider).toString()));
        args.addAll(List.of(more));
        return CliRun.run(keyFor(provider), args.toArray(String[]::new));
    }

    @Test
    void textOutputLeadsWithHealthAndShowsFieldsFailuresAndMetrics() {
        CliRun r = get("featurebase", DemoFixtures.FEATUREBASE_FAILING);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("FAILING: 7 consecutive failures; the last attempt answered HTTP 502 (status: active)"), r.out());
        assertTrue(r.out().contains("Failures: 1\n  Featurebase reports only the last delivery attempt"), "one failure, and why only one: " + r.out());
        assertTrue(r.out().contains("Consecutive failures"), r.out());
        assertTrue(r.out().contains("[critical]"), r.out());
        assertTrue(r.out().contains("whsec_********"), "the secret is masked: " + r.out());
    }

    @Test
    void aNeverDeliveredWebhookIsNeitherHealthyNorMeasuredInZeroMilliseconds() {
        CliRun r = get("featurebase", DemoFixtures.FEATUREBASE_NEVER_DELIVERED);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("NO DELIVERIES YET: "), r.out());
        // The metrics, not the "Fetched in 20 ms" line: a response time of 0 ms would be a measurement nobody made.
        assertTrue(r.out().lines().filter(l -> l.contains("response time")).allMatch(l -> l.strip().endsWith("(not measured)")),
                "nothing sent, nothing measured: " + r.out());
        assertTrue(r.out().contains("Last success               (never)"), r.out());
    }

    @Test
    void textOutputForV0SaysWhatTheApiDoesNotReport() {
        CliRun r = get("v0", DemoFixtures.V0_BASIC);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("HEALTH UNKNOWN"), r.out());
        assertTrue(r.out().contains("Failures: not reported by the v0 API"), r.out());
        assertTrue(r.out().contains("Metrics: not reported by the v0 API"), r.out());
    }

    @Test
    void jsonOutputHasTheDocumentedKeysAndMasksSecrets() throws Exception {
        CliRun r = get("ultravox", DemoFixtures.ULTRAVOX_FAILING, "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        for (String key : List.of("provider", "id", "name", "url", "status", "healthy", "events", "createdAt", "updatedAt",
                "secrets", "failures", "metrics", "raw")) {
            assertTrue(j.has(key), "missing key " + key);
        }
        assertEquals("ultravox", j.get("provider").asText());
        assertFalse(j.get("healthy").asBoolean());
        assertTrue(j.get("healthy").isBoolean());
        JsonNode failure = j.get("failures").get(0);
        assertTrue(failure.has("timestamp") && failure.has("message") && failure.has("code"));
        Instant.parse(failure.get("timestamp").asText());
        assertTrue(failure.get("timestamp").asText().endsWith("Z"), "UTC");
        assertTrue(j.get("metrics").get("recentFailureCount").asLong() > 0);
        String secret = sandboxSecret("ultravox", DemoFixtures.ULTRAVOX_FAILING);
        assertFalse(r.out().contains(secret), "no secret in the output unless --show-secrets");
    }

    @Test
    void healthyIsNullWhenTheProviderReportsNoHealth() throws Exception {
        JsonNode j = JSON.readTree(get("v0", DemoFixtures.V0_BASIC, "--format", "json").out());
        assertTrue(j.get("healthy").isNull());
        assertTrue(j.get("metrics").isNull());
    }

    @Test
    void showSecretsPrintsThemUnmasked() {
        String secret = sandboxSecret("ultravox", DemoFixtures.ULTRAVOX_FAILING);
        CliRun r = get("ultravox", DemoFixtures.ULTRAVOX_FAILING, "--format", "json", "--show-secrets");
        assertTrue(r.out().contains(secret));
    }

    @Test
    void failOnUnhealthyExitsEightButStillPrintsTheSnapshot() {
        CliRun r = get("ultravox", DemoFixtures.ULTRAVOX_FAILING, "--fail-on-unhealthy");
        assertEquals(8, r.exitCode());
        assertTrue(r.out().startsWith("FAILING"));
        assertEquals(0, get("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, "--fail-on-unhealthy").exitCode());
        assertEquals(0, get("v0", DemoFixtures.V0_BASIC, "--fail-on-unhealthy").exitCode(), "unknown health is not unhealthy");
    }

    @Test
    void invalidIdExitsTwoAndSendsNothing() {
        CliRun r = get("ultravox", "12345");
        assertEquals(2, r.exitCode());
        r.assertCleanError();
        assertTrue(r.err().contains("\"12345\" is not an Ultravox webhook ID"), r.err());
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void dotSegmentIdsAreRefusedBecauseAProxyWouldResolveThemToAnotherEndpoint() {
        for (String id : List.of(".", "..")) {
            CliRun r = get("v0", id);
            assertEquals(2, r.exitCode(), r.err());
            r.assertCleanError();
            assertTrue(r.err().contains("\".\" and \"..\""), "the rule names them: " + r.err());
            for (String other : List.of("ultravox", "featurebase")) {
                assertTrue(dev.webhookinspector.core.provider.Providers.byId(other).orElseThrow().checkId(id).isPresent(), other + " " + id);
            }
        }
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void missingKeyExitsSevenLikeEveryMissingKeyAndSaysWhichVariableToSet() {
        CliRun r = CliRun.run(Map.of(), "get", DemoFixtures.V0_BASIC, "--provider", "v0", "--base-url", sandbox.baseUrl("v0").toString());
        assertEquals(ExitCode.LOCAL.code(), r.exitCode());
        r.assertCleanError();
        assertTrue(r.err().contains("WEBHOOK_INSPECTOR_API_KEY"), r.err());
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void badUsageExitsTwoWithAMessageSayingWhatToDo() {
        for (CliRun r : List.of(
                CliRun.run(keyFor("v0"), "get", "wh_x", "--provider", "slack"),
                CliRun.run(keyFor("v0"), "get", "wh_x", "--provider", "v0", "--timeout", "soon"),
                CliRun.run(keyFor("v0"), "get", "wh_x", "--provider", "v0", "--format", "xml"),
                CliRun.run(keyFor("v0"), "get", "wh_x", "--provider", "v0", "--colour"),
                CliRun.run(keyFor("v0"), "get", "wh_x", "--provider", "v0", "--api-version", "2026-01-01.nova"),
                CliRun.run(keyFor("v0"), "get", "wh_x", "--provider", "v0", "--base-url", "http://api.v0.dev"),
                CliRun.run(keyFor("v0"), "get", "--provider", "v0"),
                CliRun.run(keyFor("v0"), "fetch", "wh_x"))) {
            assertEquals(2, r.exitCode(), r.err());
            r.assertCleanError();
        }
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void notFoundExitsThree() {
        CliRun r = get("featurebase", "0123456789abcdef01234567");
        assertEquals(3, r.exitCode());
        r.assertCleanError();
        assertTrue(r.err().contains("no webhook with ID 0123456789abcdef01234567"), r.err());
    }

    @Test
    void rejectedKeyExitsFourAndNeverEchoesTheKey() {
        String wrong = "Wrong123.abcdefghijklmnopqrstuvwxyz999999";
        CliRun r = CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, wrong), "get", DemoFixtures.ULTRAVOX_HEALTHY, "--provider", "ultravox",
                "--base-url", sandbox.baseUrl("ultravox").toString());
        assertEquals(4, r.exitCode());
        r.assertCleanError();
        assertFalse(r.err().contains(wrong) || r.out().contains(wrong));
    }

    @Test
    void timeoutAndRefusedConnectionExitFive() throws Exception {
        sandbox.faults().add(new Fault.Slow("v0", Duration.ofSeconds(3)), 1);
        CliRun slow = get("v0", DemoFixtures.V0_BASIC, "--timeout", "0.5");
        assertEquals(5, slow.exitCode());
        slow.assertCleanError();
        assertTrue(slow.err().contains("--timeout"), slow.err());

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) { closedPort = s.getLocalPort(); }
        CliRun refused = CliRun.run(keyFor("v0"), "get", "wh_x", "--provider", "v0", "--base-url", "http://127.0.0.1:" + closedPort);
        assertEquals(5, refused.exitCode());
        refused.assertCleanError();
    }

    @Test
    void providerAndProtocolErrorsExitSix() {
        List<Fault> faults = List.of(new Fault.ServerErrorHtml("featurebase"), new Fault.MalformedJson("featurebase"),
                new Fault.Oversized("featurebase", 17L * 1024 * 1024), new Fault.RedirectOtherHost("featurebase"));
        for (Fault f : faults) {
            sandbox.faults().clear();
            sandbox.faults().add(f, Integer.MAX_VALUE);
            CliRun r = get("featurebase", DemoFixtures.FEATUREBASE_HEALTHY);
            assertEquals(6, r.exitCode(), f + ": " + r.err());
            r.assertCleanError();
        }
    }

    @Test
    void versionAndHelpWork() {
        CliRun v = CliRun.run(Map.of(), "--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("webhook-inspector "));
        CliRun h = CliRun.run(Map.of(), "get", "--help");
        assertEquals(0, h.exitCode());
        assertTrue(h.out().contains("--fail-on-unhealthy") && h.out().contains("Exit codes"));
        assertTrue(CliRun.run(Map.of(), "--help").out().contains("sandbox"));
    }

    /** The fixture's first secret, read straight from the simulator. */
    static String sandboxSecret(String provider, String id) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var req = java.net.http.HttpRequest.newBuilder(sandbox.baseUrl(provider).resolve(sandbox.baseUrl(provider).getPath() + "/api/webhooks/" + id))
                    .header("X-API-Key", sandbox.demoKey(provider)).build();
            JsonNode body = JSON.readTree(client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            return body.get("secrets").get(0).asText();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
