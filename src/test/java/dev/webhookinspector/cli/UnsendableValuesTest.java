package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values that pass a first look but cannot be sent (a key with a control or non-ASCII character, a port above
 * 65535, a timeout of almost nothing, a header value with a line break): refused at the edge with exit 2 and a
 * message naming the rule, never an "internal error", never sent mangled, never saved.
 */
class UnsendableValuesTest {
    static Sandbox sandbox;
    @TempDir Path home;

    @BeforeAll static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll static void stop() { sandbox.close(); }

    @BeforeEach void reset() { sandbox.clearRequests(); }

    private static CliRun get(String key, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("get", DemoFixtures.ULTRAVOX_HEALTHY, "--provider", "ultravox",
                "--base-url", sandbox.baseUrl("ultravox").toString()));
        args.addAll(List.of(more));
        return CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, key), args.toArray(String[]::new));
    }

    @Test
    void anApiKeyWithAControlOrNonAsciiCharacterIsRefusedWithoutQuotingIt() {
        String good = sandbox.demoKey("ultravox");
        for (String key : List.of(good + "\u0007", good.substring(0, 10) + "\u00e9" + good.substring(10), good + "\u20ac", good + "\u202E")) {
            CliRun r = get(key);
            assertEquals(2, r.exitCode(), r.err());
            r.assertCleanError();
            assertTrue(r.err().contains("printable ASCII"), "the rule is named: " + r.err());
            assertTrue(r.err().contains(CliContext.API_KEY_VARIABLE), "and where the key came from: " + r.err());
            assertFalse(r.err().contains(good.substring(0, 10)), "the key is never quoted: " + r.err());
        }
        assertTrue(sandbox.requests().isEmpty(), "nothing was sent");
    }

    @Test
    void aKeyPipedIntoProfileAddWithALineBreakInsideIsNotStored() {
        CliSession cli = new CliSession(home);
        CliSession.Result r = cli.withInput("sk_live_abc\rdef0123456789\n", "profile", "add", "prod", "--provider", "v0", "--store", "vault");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("control character") && r.err().contains("printable ASCII"), r.err());
        assertFalse(r.err().contains("sk_live_abc"), r.err());
        assertTrue(cli.run("profile", "list").out().startsWith("No profiles yet"), "nothing was saved");
    }

    @Test
    void aPortAbove65535IsRefusedBeforeAnythingIsSentOrSaved() {
        CliRun r = CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, sandbox.demoKey("v0")), "get", "wh_x", "--provider", "v0",
                "--base-url", "http://127.0.0.1:70000");
        assertEquals(2, r.exitCode(), r.err());
        r.assertCleanError();
        assertTrue(r.err().contains("port 70000") && r.err().contains("65535"), r.err());

        CliSession cli = new CliSession(home);
        CliSession.Result add = cli.withInput("v0_key_0123456789abcdef\n", "profile", "add", "local", "--provider", "v0", "--store", "vault",
                "--base-url", "http://127.0.0.1:70000");
        assertEquals(2, add.code(), add.toString());
        assertTrue(add.err().contains("65535"), add.err());
        assertTrue(cli.run("profile", "list").out().startsWith("No profiles yet"), "nothing was saved");
    }

    @Test
    void aTimeoutTooShortToConnectIsRefusedWithTheMinimum() {
        CliRun r = get(sandbox.demoKey("ultravox"), "--timeout", "0.0004");
        assertEquals(2, r.exitCode(), r.err());
        r.assertCleanError();
        assertTrue(r.err().contains("from 0.1 to 600"), r.err());
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void anApiVersionThatCannotBeAHeaderIsRefusedOnTheCommandLineAndInAnImportedProfile() throws Exception {
        CliRun r = CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, sandbox.demoKey("featurebase")), "get", DemoFixtures.FEATUREBASE_HEALTHY,
                "--provider", "featurebase", "--base-url", sandbox.baseUrl("featurebase").toString(), "--api-version", "2026-01-01.nova\r\nX-Evil: 1");
        assertEquals(2, r.exitCode(), r.err());
        r.assertCleanError();
        assertTrue(r.err().contains("2026-01-01.nova\\r\\nX-Evil: 1"), "the value is named, escaped: " + r.err());

        CliSession cli = new CliSession(home);
        Path file = home.resolve("shared.json");
        Files.writeString(file, """
                {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                  {"name": "fb", "provider": "featurebase", "options": {"apiVersion": "2026-01-01.n\u00f6va\u202E"}, "keyStore": "vault"}]}
                """);
        CliSession.Result imported = cli.run("profile", "import", file.toString());
        assertEquals(2, imported.code(), imported.toString());
        assertTrue(imported.err().contains("printable ASCII"), imported.err());
        assertTrue(sandbox.requests().isEmpty());
    }
}
