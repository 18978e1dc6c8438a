package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.HostileServer;
import dev.webhookinspector.core.ProviderCalls;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code webhook-inspector list} against the simulator: what a user reads, what a script parses, and how it exits. */
class ListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;

    @BeforeAll static void start() throws Exception {
        sandbox = Sandbox.start(0);
    }

    @AfterAll static void stop() {
        sandbox.close();
    }

    @BeforeEach void reset() {
        sandbox.faults().clear();
        sandbox.clearRequests();
    }

    private static CliRun list(String provider, String key, String... more) {
        List<String> args = new ArrayList<>(List.of("list", "--provider", provider, "--base-url", sandbox.baseUrl(provider).toString()));
        args.addAll(List.of(more));
        return CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, key), args.toArray(String[]::new));
    }

    private static CliRun demo(String provider, String... more) {
        return list(provider, sandbox.demoKey(provider), more);
    }

    private static List<String> rows(String out) {
        return out.lines().takeWhile(l -> !l.isEmpty()).toList();
    }

    @Test
    void textShowsOneAlignedLinePerWebhookWithNameIdVerdictLastFailureAndHost() {
        CliRun r = demo("featurebase");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = rows(r.out());
        String header = rows.getFirst();
        assertTrue(header.matches("NAME +ID +VERDICT +LAST FAILURE +HOST"), header);
        String failing = rows.stream().filter(l -> l.contains(DemoFixtures.FEATUREBASE_FAILING)).findFirst().orElseThrow();
        assertTrue(failing.matches("CRM bridge +6650c3e2a1b4f9d8e7c6b5a2 +Failing +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC +crm-bridge\\.acme-feedback\\.example"),
                failing);
        for (String column : List.of("ID", "VERDICT", "LAST FAILURE", "HOST")) {
            int at = header.indexOf(column);
            assertTrue(rows.stream().skip(1).allMatch(l -> l.charAt(at - 1) == ' ' && l.charAt(at) != ' '), column + " starts at one column in every row");
        }
        assertTrue(rows.stream().anyMatch(l -> l.contains(DemoFixtures.FEATUREBASE_SUSPENDED) && l.contains("Disabled by provider")));
        assertTrue(rows.stream().anyMatch(l -> l.contains(DemoFixtures.FEATUREBASE_HEALTHY) && l.contains("Healthy  ") && l.contains(" none ")));
        assertTrue(r.out().endsWith("25 webhooks: 14 healthy, 4 failing, 4 paused, 1 disabled by provider, 1 no deliveries yet, 1 health unknown.\n"),
                r.out());
        assertTrue(rows.stream().noneMatch(l -> l.endsWith(" ")), "no line ends in padding");
    }

    @Test
    void ultravoxHasNoNamesSoTheColumnIsLeftOutAndV0SaysFailuresAreNotReported() {
        String ultravox = rows(demo("ultravox").out()).getFirst();
        assertTrue(ultravox.startsWith("ID "), ultravox);
        List<String> v0 = rows(demo("v0").out());
        assertTrue(v0.stream().skip(1).allMatch(l -> l.contains("Health unknown") && l.contains("not reported")), v0.toString());
        assertTrue(v0.stream().anyMatch(l -> l.startsWith("Imported hook with an odd ID") && l.contains(DemoFixtures.V0_UNSAFE_ID)),
                "the hook whose ID needs encoding was fetched too: " + v0);
    }

    @Test
    void jsonIsAnArrayOfWhatGetPrintsWithoutRaw() throws Exception {
        CliRun r = demo("featurebase", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode array = JSON.readTree(r.out());
        assertTrue(array.isArray());
        assertEquals(25, array.size());
        JsonNode listed = null;
        for (JsonNode o : array) if (o.get("id").asText().equals(DemoFixtures.FEATUREBASE_FAILING)) listed = o;

        CliRun get = CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, sandbox.demoKey("featurebase")), "get", DemoFixtures.FEATUREBASE_FAILING,
                "--provider", "featurebase", "--base-url", sandbox.baseUrl("featurebase").toString(), "--format", "json");
        ObjectNode got = (ObjectNode) JSON.readTree(get.out());
        List<String> expectedKeys = new ArrayList<>();
        got.fieldNames().forEachRemaining(expectedKeys::add);
        expectedKeys.remove("raw");
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = listed.fieldNames(); it.hasNext(); ) keys.add(it.next());
        assertEquals(expectedKeys, keys);
        for (String same : List.of("verdict", "healthy", "reason", "secrets", "failures", "metrics", "name", "url", "events")) {
            assertEquals(got.get(same), listed.get(same), same);
        }
        assertTrue(listed.get("secrets").get(0).get("value").asText().startsWith("whsec_****"), "secrets stay masked");
        assertEquals("/featurebase/v2/webhooks?limit=100", java.net.URI.create(listed.get("request").get("url").asText()).getRawPath()
                + "?" + java.net.URI.create(listed.get("request").get("url").asText()).getRawQuery(), "the page request that loaded it");
    }

    @Test
    void statusKeepsOnlyTheVerdictsAskedForByTheirJsonKeys() throws Exception {
        CliRun r = demo("featurebase", "--status", "failing,disabled");
        assertEquals(0, r.exitCode(), r.err());
        List<String> rows = rows(r.out());
        assertEquals(6, rows.size(), r.out());
        assertTrue(rows.stream().skip(1).allMatch(l -> l.contains(" Failing ") || l.contains(" Disabled by provider ")), r.out());
        assertTrue(r.out().endsWith("5 shown with --status failing,disabled.\n"), r.out());

        JsonNode json = JSON.readTree(demo("featurebase", "--format", "json", "--status", "no-deliveries").out());
        assertEquals(1, json.size());
        assertEquals("no-deliveries", json.get(0).get("verdict").asText());
    }

    @Test
    void anUnknownStatusIsRefusedWithTheKeysBeforeAnythingIsSent() {
        CliRun r = demo("ultravox", "--status", "broken");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        r.assertCleanError();
        assertTrue(r.err().contains("--status takes one or more of healthy, failing, paused, disabled, no-deliveries, unknown"), r.err());
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void aListThatStopsMidwayPrintsWhatLoadedThenTheErrorAndExitsWithItsCode() {
        sandbox.faults().addAfter(1, new Fault.ServerErrorHtml("featurebase"), 1);
        CliRun r = list("featurebase", sandbox.bulkKey("featurebase"));

        assertEquals(ExitCode.PROVIDER.code(), r.exitCode());
        assertEquals(101, rows(r.out()).size(), "the header and the first page's 100 webhooks");
        assertTrue(r.out().contains("\n100 webhooks loaded before the list stopped: "), r.out());
        r.assertCleanError();
        assertEquals("webhook-inspector list: The list stopped at page 2, with 100 webhooks loaded: Featurebase had a server error"
                + " (HTTP 500 with an HTML page). Wait a minute, then try again.\n", r.err());
    }

    @Test
    void aPartialJsonListIsStillAValidArrayOfWhatLoaded() throws Exception {
        sandbox.faults().addAfter(2, new Fault.RateLimited("ultravox", 60), 1);
        CliRun r = list("ultravox", sandbox.bulkKey("ultravox"), "--format", "json");

        assertEquals(ExitCode.PROVIDER.code(), r.exitCode());
        assertEquals(200, JSON.readTree(r.out()).size());
        assertTrue(r.err().startsWith("webhook-inspector list: The list stopped at page 3, with 200 webhooks loaded: Ultravox is still rate limiting"),
                r.err());
    }

    @Test
    void aRejectedKeyPrintsNothingButTheErrorAndExitsFour() {
        CliRun r = list("v0", "v0_wrong_key_0000000000000000");
        assertEquals(ExitCode.KEY_REJECTED.code(), r.exitCode());
        assertEquals("", r.out());
        r.assertCleanError();
        assertTrue(r.err().startsWith("webhook-inspector list: v0 rejected the API key (HTTP 401: Invalid API key)."), r.err());
    }

    @Test
    void aCutListSaysSoOnStderrAndStillSucceeds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(CliContext.API_KEY_VARIABLE, sandbox.bulkKey("ultravox")));
        ListCommand command = new ListCommand(new WebhookLister(new ProviderCalls(), 120));
        int code = assertDoesNotThrow(() -> command.run(List.of("--provider", "ultravox", "--base-url", sandbox.baseUrl("ultravox").toString()), ctx));

        assertEquals(0, code);
        assertEquals(121, rows(out.toString(StandardCharsets.UTF_8)).size());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\nThe first 120 webhooks; the account has more: "));
        assertEquals("webhook-inspector list: the account has more than 120 webhooks; only the first 120 are listed.\n",
                err.toString(StandardCharsets.UTF_8));
    }

    private static int assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<Integer> run) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(run);
    }

    @Test
    void failOnUnhealthyLooksAtTheWebhooksShown() {
        assertEquals(ExitCode.UNHEALTHY.code(), demo("featurebase", "--fail-on-unhealthy").exitCode());
        assertEquals(0, demo("featurebase", "--fail-on-unhealthy", "--status", "healthy,no-deliveries").exitCode());
        assertEquals(0, demo("v0", "--fail-on-unhealthy").exitCode(), "unknown health is not a failure");
    }

    @Test
    void aSavedProfileListsWithItsOwnKeyAndOptions(@TempDir Path home) {
        Map<String, String> env = Map.of(ProfileServices.HOME_VARIABLE, home.toString(), "FB_BULK_KEY", sandbox.bulkKey("featurebase"));
        CliRun added = CliRun.run(env, "profile", "add", "fb", "--provider", "featurebase", "--base-url", sandbox.baseUrl("featurebase").toString(),
                "--store", "env:FB_BULK_KEY", "--api-version", "2026-08-19.orbit");
        assertEquals(0, added.exitCode(), added.err());

        CliRun r = CliRun.run(env, "list", "--profile", "fb", "--status", "paused");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("250 webhooks: "), r.out());
        assertTrue(sandbox.requests().stream().filter(q -> q.path().startsWith("/featurebase/v2/webhooks"))
                .allMatch(q -> q.header("Featurebase-Version").orElse("").equals("2026-08-19.orbit")), "the profile's API version on every page");
        CliRun clash = CliRun.run(env, "list", "--profile", "fb", "--base-url", "http://127.0.0.1:1");
        assertEquals(ExitCode.USAGE.code(), clash.exitCode());
        clash.assertCleanError();
    }

    @Test
    void theKeyIsNeverPrintedWhateverTheFormat() {
        for (String provider : Sandbox.PROVIDERS) {
            for (String key : List.of(sandbox.demoKey(provider), sandbox.bulkKey(provider))) {
                for (String format : List.of("text", "json")) {
                    CliRun r = list(provider, key, "--format", format);
                    assertEquals(0, r.exitCode(), r.err());
                    assertFalse(r.out().contains(key) || r.err().contains(key), provider + " " + format + " printed the key");
                }
            }
        }
    }

    @Test
    void hostileNamesAndUrlsStayOnTheirOwnRowAndCommandNothing() throws Exception {
        ObjectNode webhook = JSON.createObjectNode().put("object", "webhook").put("id", "507f1f77bcf86cd799439011")
                .put("name", "Orders\nFAKE ROW\u001b[2J").put("url", "https://evil.example\u202e/x").put("status", "active");
        ObjectNode page = JSON.createObjectNode().put("object", "list").putNull("nextCursor");
        page.putArray("data").add(webhook);
        try (HostileServer server = HostileServer.json(200, page.toString())) {
            CliRun r = CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, "sk_hostile_0123456789"), "list", "--provider", "featurebase",
                    "--base-url", server.base(), "--timeout", "20");
            assertEquals(0, r.exitCode(), r.err());
            assertEquals(2, rows(r.out()).size(), "one header, one row: " + r.out());
            assertTrue(r.out().contains("Orders\\nFAKE ROW\\x1b[2J"), r.out());
            assertFalse(r.out().contains("\u001b") || r.out().contains("\u202e"), r.out());
        }
    }

    @Test
    void helpNamesTheCommandAndItsOptions() {
        assertTrue(CliRun.run(Map.of(), "--help").out().contains("  list       list every webhook of an account with its verdict"));
        CliRun help = CliRun.run(Map.of(), "list", "--help");
        assertEquals(0, help.exitCode());
        for (String option : List.of("--profile NAME", "--provider P", "--status V[,V...]", "--format text|json", "--api-version A", "10,000")) {
            assertTrue(help.out().contains(option), option + " in:\n" + help.out());
        }
    }
}
