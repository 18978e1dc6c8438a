package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored key goes only to the provider and origin it was stored for. A second simulator on loopback stands
 * for the attacker's server: whatever a hostile import file or a changed profiles.json says, it never sees the key.
 */
class KeysStayHomeTest {
    private static final String VICTIM_KEY = "uvx_victim_key_0123456789abcdef";

    @TempDir Path home;
    private CliSession cli;
    private Sandbox attacker;

    @BeforeEach
    void start() throws Exception {
        cli = new CliSession(home);
        attacker = Sandbox.start(0);
    }

    @AfterEach
    void stop() { attacker.close(); }

    private void ok(CliSession.Result r) { assertEquals(0, r.code(), r.toString()); }

    private List<RecordedRequest> requestsCarrying(String secret) {
        return attacker.requests().stream()
                .filter(r -> r.headers().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(secret)))
                .toList();
    }

    @Test
    void anImportThatRepointsAProfileRemovesItsKeySoTheNextGetSendsItNowhere() throws Exception {
        ok(cli.withInput(VICTIM_KEY + "\n", "profile", "add", "prod", "--provider", "ultravox", "--store", "vault"));
        Path hostile = home.resolve("shared-profiles.json");
        Files.writeString(hostile, """
                {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                  {"name": "PROD", "provider": "v0", "baseUrl": "%s", "keyStore": "vault"}]}
                """.formatted(attacker.baseUrl("v0")));

        CliSession.Result imported = cli.run("profile", "import", hostile.toString(), "--replace");
        ok(imported);
        assertTrue(imported.out().contains("Replaced the settings of: prod; its key was removed because the provider/origin changed;"
                + " store a new one with: webhook-inspector profile edit prod --key."), imported.out());

        CliSession.Result get = cli.run("get", DemoFixtures.V0_BASIC, "--profile", "prod");
        assertEquals(ExitCode.LOCAL.code(), get.code(), get.toString());
        assertTrue(get.err().contains("Profile \"prod\" has no key yet"), get.err());
        assertEquals(ExitCode.LOCAL.code(), cli.run("profile", "test", "prod").code());
        assertEquals(List.of(), requestsCarrying(VICTIM_KEY), "the victim's key reached the attacker's server");
        assertEquals(List.of(), attacker.requests(), "nothing was sent at all");
        assertTrue(cli.run("profile", "show", "prod").out().contains("Key          none yet"));
    }

    @Test
    void anImportedReferenceToAnyEnvironmentVariableIsShownAndNeverUsedWithoutConfirmation() throws Exception {
        String awsSecret = "aws_secret_wJalrXUtnFEMI_K7MDENG_bPxRfiCY";
        cli.env.put("AWS_SECRET_ACCESS_KEY", awsSecret);
        Path hostile = home.resolve("shared-profiles.json");
        Files.writeString(hostile, """
                {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                  {"name": "handy", "provider": "v0", "baseUrl": "%s", "keyStore": "env:AWS_SECRET_ACCESS_KEY"},
                  {"name": "ours", "provider": "v0", "keyStore": "env:V0_API_KEY"}]}
                """.formatted(attacker.baseUrl("v0")));

        CliSession.Result refused = cli.run("profile", "import", hostile.toString());
        assertEquals(ExitCode.USAGE.code(), refused.code(), refused.toString());
        assertEquals("webhook-inspector profile import: Nothing was imported: the file makes profiles read their keys from environment variables"
                + " that are not plainly this app's key for that provider and address, and such a variable may hold any secret:"
                + " \"handy\" would send AWS_SECRET_ACCESS_KEY to v0 at http://127.0.0.1:" + attacker.port() + "."
                + " If each variable holds that profile's API key for that address, import again with --yes.\n", refused.err());
        assertTrue(cli.run("profile", "list").out().startsWith("No profiles yet"), "nothing was imported");
        assertEquals(ExitCode.USAGE.code(), cli.run("profile", "test", "handy").code());
        assertEquals(List.of(), attacker.requests());

        CliSession.Result confirmed = cli.run("profile", "import", hostile.toString(), "--yes");
        ok(confirmed);
        assertTrue(confirmed.out().contains("\"handy\" reads its key from environment variable AWS_SECRET_ACCESS_KEY, sent to v0 at http://127.0.0.1:"
                + attacker.port() + ".\n"), confirmed.out());
        assertTrue(confirmed.out().contains("\"ours\" reads its key from environment variable V0_API_KEY, sent to v0 at https://api.v0.dev.\n"),
                confirmed.out());
        assertFalse(confirmed.out().contains(awsSecret) || confirmed.err().contains(awsSecret));
    }

    @Test
    void onlyThisAppsKeyVariablesForTheProvidersOwnApiNeedNoConfirmation() throws Exception {
        Path file = home.resolve("team-profiles.json");
        Files.writeString(file, """
                {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                  {"name": "uv", "provider": "ultravox", "keyStore": "env:ULTRAVOX_API_KEY"},
                  {"name": "fb", "provider": "featurebase", "baseUrl": "https://do.featurebase.app/", "keyStore": "env:FEATUREBASE_STAGING_API_KEY"},
                  {"name": "any", "provider": "v0", "keyStore": "env:WEBHOOK_INSPECTOR_API_KEY"}]}
                """);
        ok(cli.run("profile", "import", file.toString()));

        for (String[] hostile : new String[][] {
                {"env:WEBHOOK_INSPECTOR_VAULT_PASSPHRASE", "v0", ""},
                {"env:ULTRAVOX_API_KEY", "v0", ""},
                {"env:V0_API_KEY", "v0", ", \"baseUrl\": \"" + attacker.baseUrl("v0") + "\""}}) {
            Files.writeString(file, """
                    {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                      {"name": "new", "provider": "%s", "keyStore": "%s"%s}]}
                    """.formatted(hostile[1], hostile[0], hostile[2]));
            CliSession.Result r = cli.run("profile", "import", file.toString());
            assertEquals(ExitCode.USAGE.code(), r.code(), String.join(" ", hostile) + ": " + r);
            assertTrue(r.err().contains("would send " + hostile[0].substring(4) + " to "), r.err());
        }
    }

    @Test
    void aProfilesFileChangedBehindTheAppsBackCannotSendTheKeyElsewhere() throws Exception {
        try (Sandbox provider = Sandbox.start(0)) {
            String key = provider.demoKey("ultravox");
            ok(cli.withInput(key + "\n", "profile", "add", "prod", "--provider", "ultravox", "--base-url", provider.baseUrl("ultravox").toString(),
                    "--store", "vault"));
            ok(cli.run("get", DemoFixtures.ULTRAVOX_HEALTHY, "--profile", "prod"));

            // What an older version's import, or anyone who can write the file, could leave behind.
            Path profiles = home.resolve("profiles.json");
            Files.writeString(profiles, Files.readString(profiles).replace("\"baseUrl\" : \"" + provider.baseUrl("ultravox") + "\"",
                    "\"baseUrl\" : \"" + attacker.baseUrl("ultravox") + "\""));

            CliSession.Result get = cli.run("get", DemoFixtures.ULTRAVOX_HEALTHY, "--profile", "prod");
            assertEquals(ExitCode.LOCAL.code(), get.code(), get.toString());
            assertEquals("webhook-inspector get: The key of profile \"prod\" was stored for Ultravox at http://127.0.0.1:" + provider.port()
                    + ", but the profile now names Ultravox at http://127.0.0.1:" + attacker.port() + "; the key is not sent there."
                    + " Give the key for the new provider or address: webhook-inspector profile edit NAME --key, with the key on standard input.\n",
                    get.err());
            assertEquals(List.of(), requestsCarrying(key), "the key reached another origin");
            assertFalse(get.err().contains(key));
        }
    }
}
