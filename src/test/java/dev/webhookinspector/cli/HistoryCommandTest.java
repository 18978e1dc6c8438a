package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The history as a user meets it: get records, the simulator changes the webhook, get again, and diff and history tell what changed. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HistoryCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ID = DemoFixtures.ULTRAVOX_FAILING;
    Sandbox sandbox;
    @TempDir Path home;
    Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        // A sandbox per test: the changes below edit its webhooks.
        sandbox = Sandbox.start(0);
        env = new HashMap<>(Map.of(ProfileServices.HOME_VARIABLE, home.toString(), "UV_KEY", sandbox.demoKey("ultravox")));
        CliRun added = CliRun.run(env, "profile", "add", "uv", "--provider", "ultravox", "--base-url", sandbox.baseUrl("ultravox").toString(),
                "--store", "env:UV_KEY");
        assertEquals(0, added.exitCode(), added.err());
    }

    @AfterEach
    void stop() { sandbox.close(); }

    CliRun run(String... args) {
        return CliRun.run(env, args);
    }

    /** What the owner and the provider do between two fetches: a new URL, a rotated secret, a new failure, the oldest dropped, a status. */
    void changeTheWebhook() {
        sandbox.change("ultravox", ID, w -> {
            w.put("url", "https://new-host.acme-voice.example/hooks");
            ((ArrayNode) w.get("secrets")).removeAll().add("RotatedSecretValue9xQ2mL7vT4kP8nB3");
            ArrayNode failures = (ArrayNode) w.get("recentFailures");
            failures.remove(failures.size() - 1);
            ObjectNode fresh = JSON.createObjectNode().put("timestamp", Instant.now().toString()).put("failure", "HTTP 502 Bad Gateway from the new host");
            failures.insert(0, fresh);
            w.put("status", "normal");
            ((ArrayNode) w.get("events")).add("call.billed");
        });
    }

    @Test
    void diffAndHistoryShowEachChangeBetweenTwoFetches() {
        CliRun first = run("get", ID, "--profile", "uv");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("", first.err(), "recording prints nothing on success");
        changeTheWebhook();
        assertEquals(0, run("get", ID, "--profile", "uv").exitCode());

        CliRun diff = run("diff", ID, "--profile", "uv");
        assertEquals(0, diff.exitCode(), diff.err());
        for (String expected : new String[] {"Verdict: Failing → Healthy", "Status: unhealthy → normal",
                "URL: https://support-bot.acme-voice.example/webhooks/ultravox → https://new-host.acme-voice.example/hooks",
                "Events added: call.billed", "Secret rotated", "New failures: 1 (HTTP 5xx 1)"}) {
            assertTrue(diff.out().contains(expected), "diff lacks \"" + expected + "\":\n" + diff.out());
        }
        assertFalse(diff.out().contains("RotatedSecretValue9xQ2mL7vT4kP8nB3"), "a rotated secret shows only masked");

        CliRun history = run("history", ID, "--profile", "uv", "--since", "1d");
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("Timeline (2 fetches)"), history.out());
        assertTrue(history.out().contains("URL: https://support-bot"), "the change is in the history too:\n" + history.out());
        assertTrue(history.out().contains("HTTP 502 Bad Gateway from the new host"), history.out());

        JsonNode json = parse(run("history", ID, "--profile", "uv", "--format", "json").out());
        assertEquals(2, json.path("timeline").size());
        assertTrue(json.path("changes").toString().contains("secret-rotated"), json.toString());
    }

    @Test
    void theFailureLogKeepsFailuresTheProviderHasDropped() throws Exception {
        assertEquals(0, run("get", ID, "--profile", "uv").exitCode());
        JsonNode before = parse(run("get", ID, "--profile", "uv", "--format", "json", "--no-history").out());
        JsonNode dropped = before.path("failures").get(before.path("failures").size() - 1);
        changeTheWebhook();
        JsonNode after = parse(run("get", ID, "--profile", "uv", "--format", "json").out());
        assertFalse(after.path("failures").toString().contains(dropped.path("timestamp").asText()), "the provider dropped the oldest");
        JsonNode history = parse(run("history", ID, "--profile", "uv", "--format", "json").out());
        assertEquals(before.path("failures").size() + 1, history.path("failures").size(), "every failure ever seen, once each");
        JsonNode kept = history.path("failures").get(history.path("failures").size() - 1);
        assertEquals(Instant.parse(dropped.path("timestamp").asText()), Instant.parse(kept.path("timestamp").asText()));
        assertEquals(dropped.path("message").asText(), kept.path("message").asText());
        assertTrue(kept.path("lastSeen").asText().compareTo(after.path("request").path("sentAt").asText()) < 0,
                "last seen by the fetch before the provider dropped it: " + kept);
    }

    @Test
    void diffNeedsTwoFetchesAndSaysSo() {
        CliRun none = run("diff", ID, "--profile", "uv");
        assertEquals(ExitCode.NOT_FOUND.code(), none.exitCode());
        none.assertCleanError();
        assertTrue(none.err().contains("get " + ID + " --profile uv"), none.err());
        assertEquals(0, run("get", ID, "--profile", "uv").exitCode());
        CliRun one = run("diff", ID, "--profile", "uv");
        assertEquals(ExitCode.NOT_FOUND.code(), one.exitCode());
        one.assertCleanError();
        CliRun badTime = run("diff", ID, "--profile", "uv", "--from", "yesterday");
        assertEquals(ExitCode.USAGE.code(), badTime.exitCode());
        badTime.assertCleanError();
    }

    @Test
    void aHistoryThatCannotBeWrittenIsOneWarningAndTheResultStands() throws Exception {
        Files.writeString(home.resolve("history.db"), "");
        Files.delete(home.resolve("history.db"));
        Files.createDirectories(home.resolve("history.db"));
        CliRun r = run("get", ID, "--profile", "uv", "--fail-on-unhealthy");
        assertEquals(ExitCode.UNHEALTHY.code(), r.exitCode(), "the exit code is the fetch's");
        assertTrue(r.out().startsWith("FAILING"), r.out());
        r.assertCleanError();
        assertTrue(r.err().startsWith("webhook-inspector get: warning: history not recorded"), r.err());
    }

    @Test
    void historyOffForAProfileRecordsNothing() {
        assertEquals(0, run("history", "off", "--profile", "uv").exitCode());
        assertEquals(0, run("get", ID, "--profile", "uv").exitCode());
        assertEquals(ExitCode.NOT_FOUND.code(), run("history", ID, "--profile", "uv").exitCode());
        assertEquals(0, run("history", "on", "--profile", "uv").exitCode());
        assertEquals(0, run("get", ID, "--profile", "uv").exitCode());
        assertEquals(0, run("history", ID, "--profile", "uv").exitCode());
        CliRun cleared = run("history", "clear", ID, "--profile", "uv");
        assertEquals(0, cleared.exitCode(), cleared.err());
        assertEquals(ExitCode.NOT_FOUND.code(), run("history", ID, "--profile", "uv").exitCode());
    }

    @Test
    void anUnreadableSettingsFileRecordsNothingAndSaysSo() throws Exception {
        Files.writeString(home.resolve("history.json"), "{\"off\": [\"uv\"");
        CliRun r = run("get", ID, "--profile", "uv");
        assertEquals(0, r.exitCode());
        r.assertCleanError();
        assertTrue(r.err().contains("history.json is unreadable"), r.err());
        assertEquals(ExitCode.NOT_FOUND.code(), run("history", ID, "--profile", "uv").exitCode());
    }

    @Test
    void listRecordsEveryWebhookItLoaded() {
        assertEquals(0, run("list", "--profile", "uv").exitCode());
        assertEquals(0, run("history", DemoFixtures.ULTRAVOX_HEALTHY, "--profile", "uv").exitCode());
        assertEquals(0, run("history", DemoFixtures.ULTRAVOX_NEVER_DELIVERED, "--profile", "uv").exitCode());
    }

    static JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
