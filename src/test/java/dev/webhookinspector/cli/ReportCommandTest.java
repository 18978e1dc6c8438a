package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ReportCommandTest {
    static final String ID = DemoFixtures.FEATUREBASE_FAILING;
    Sandbox sandbox;
    @TempDir Path home;
    Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(0);
        env = new HashMap<>(Map.of(ProfileServices.HOME_VARIABLE, home.toString(), "FB_KEY", sandbox.demoKey("featurebase")));
        assertEquals(0, CliRun.run(env, "profile", "add", "fb", "--provider", "featurebase", "--base-url", sandbox.baseUrl("featurebase").toString(),
                "--store", "env:FB_KEY").exitCode());
        assertEquals(0, CliRun.run(env, "get", ID, "--profile", "fb").exitCode());
        sandbox.change("featurebase", ID, w -> {
            w.put("url", "https://moved.acme-feedback.example/hooks");
            ((com.fasterxml.jackson.databind.node.ObjectNode) w.get("health")).put("consecutiveFailures", 9);
        });
    }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void markdownPastesIntoAnIssueWithEverySection() {
        CliRun r = CliRun.run(env, "report", ID, "--profile", "fb", "--format", "md");
        assertEquals(0, r.exitCode(), r.err());
        for (String part : new String[] {"## Webhook report: CRM bridge", "**Failing**", "### Fields", "| URL | https://moved.acme-feedback.example/hooks |",
                "### Events", "### Secrets", "`whsec_********", "### Changed since the fetch before",
                "- URL: https://crm-bridge.acme-feedback.example/webhooks/featurebase → https://moved.acme-feedback.example/hooks",
                "consecutiveFailures rose: 7 → 9", "### Failures by kind", "| HTTP 5xx | 1 |", "### Trend since", "2 fetches: Failing 2",
                "```sh\ncurl -sS -X GET", "$WEBHOOK_INSPECTOR_API_KEY"}) {
            assertTrue(r.out().contains(part), "the Markdown lacks \"" + part + "\":\n" + r.out());
        }
    }

    @Test
    void htmlIsOneSelfContainedFileForLightAndDark(@TempDir Path out) throws Exception {
        Path file = out.resolve("report.html");
        CliRun r = CliRun.run(env, "report", ID, "--profile", "fb", "--format", "html", "--out", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg class=\"trend\"") && html.contains("prefers-color-scheme: dark"), html);
        assertTrue(html.contains("<circle class=\"dot failing\""), "each fetch a dot coloured by its verdict");
        assertFalse(html.contains("<script") || html.contains("src=") || html.contains("<link") || html.contains("@import"),
                "nothing loaded from elsewhere");
    }

    @Test
    void jsonHasTheSameSectionsForTools() {
        CliRun r = CliRun.run(env, "report", ID, "--profile", "fb", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = HistoryCommandTest.parse(r.out());
        assertEquals("failing", json.path("verdict").asText());
        assertEquals(2, json.path("history").path("timeline").size());
        assertTrue(json.path("changesSinceLastFetch").toString().contains("\"kind\":\"url\""), json.toString());
        assertTrue(json.path("request").path("curl").asText().contains("$WEBHOOK_INSPECTOR_API_KEY"));
    }

    @Test
    void badInputAndAnUnwritableFileAreOneCleanLine() {
        CliRun noFormat = CliRun.run(env, "report", ID, "--profile", "fb");
        assertEquals(ExitCode.USAGE.code(), noFormat.exitCode());
        noFormat.assertCleanError();
        CliRun pdf = CliRun.run(env, "report", ID, "--profile", "fb", "--format", "pdf");
        assertEquals(ExitCode.USAGE.code(), pdf.exitCode());
        pdf.assertCleanError();
        CliRun unwritable = CliRun.run(env, "report", ID, "--profile", "fb", "--format", "md", "--out", home.resolve("no/such/dir/r.md").toString());
        assertEquals(ExitCode.LOCAL.code(), unwritable.exitCode());
        unwritable.assertCleanError();
        CliRun badPrune = CliRun.run(env, "history", "prune", "--max-size", "lots");
        assertEquals(ExitCode.USAGE.code(), badPrune.exitCode());
        badPrune.assertCleanError();
    }
}
