package dev.webhookinspector.cli;

import dev.webhookinspector.core.problem.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code profile test} and {@code get --profile} against the built-in simulator over loopback. */
class ProfileTestCommandTest {
    private static Sandbox sandbox;

    @TempDir Path home;
    private CliSession cli;

    @BeforeAll
    static void start() throws Exception { sandbox = Sandbox.start(0); }

    @AfterAll
    static void stop() { sandbox.close(); }

    @BeforeEach
    void session() {
        cli = new CliSession(home);
        sandbox.clearRequests();
    }

    private void add(String name, String provider, String key, String baseUrl) {
        CliSession.Result r = cli.withInput(key + "\n", "profile", "add", name, "--provider", provider, "--base-url", baseUrl, "--store", "vault");
        assertEquals(0, r.code(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ultravox", "v0", "featurebase"})
    void aWorkingProfileTestsOkAndTheSavedKeyIsWhatWasSent(String provider) {
        add("acct", provider, sandbox.demoKey(provider), sandbox.baseUrl(provider).toString());
        CliSession.Result r = cli.run("profile", "test", "acct");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("ok: profile \"acct\" works: "), r.out());
        assertTrue(r.out().contains("answered HTTP 200 to GET " + sandbox.baseUrl(provider)), r.out());
        assertFalse(r.out().contains(sandbox.demoKey(provider)), "the key is never printed");
        List<RecordedRequest> sent = sandbox.requests();
        assertEquals(1, sent.size());
        String auth = sent.get(0).header(provider.equals("ultravox") ? "X-API-Key" : "Authorization").orElseThrow();
        assertTrue(auth.endsWith(sandbox.demoKey(provider)), "the key from the vault was sent");
    }

    @Test
    void aRejectedKeyExitsWithFourLikeGet() {
        add("wrong", "featurebase", "sk_not_the_right_key_000000", sandbox.baseUrl("featurebase").toString());
        CliSession.Result r = cli.run("profile", "test", "wrong");
        assertEquals(ExitCode.KEY_REJECTED.code(), r.code(), r.toString());
        assertTrue(r.err().startsWith("webhook-inspector profile test: key rejected: Featurebase rejected the API key (HTTP 401"), r.err());
        assertFalse(r.err().contains("sk_not_the_right_key_000000"));
    }

    @Test
    void anUnreachableServerExitsWithFiveLikeGet() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        add("down", "v0", sandbox.demoKey("v0"), "http://127.0.0.1:" + closedPort + "/v0");
        CliSession.Result r = cli.run("profile", "test", "down", "--timeout", "5");
        assertEquals(ExitCode.NETWORK.code(), r.code(), r.toString());
        assertTrue(r.err().startsWith("webhook-inspector profile test: unreachable: "), r.err());
    }

    @Test
    void testingAMissingProfileExitsAsInGet() {
        CliSession.Result r = cli.run("profile", "test", "nobody");
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertEquals(r.code(), cli.run("get", "x", "--profile", "nobody").code(), "the same problem, the same code");
        assertTrue(r.err().contains("No profile is named \"nobody\""), r.err());
    }

    @Test
    void getWithAProfileFetchesUsingItsSettingsAndKey() {
        add("fb", "featurebase", sandbox.demoKey("featurebase"), sandbox.baseUrl("featurebase").toString());
        assertEquals(0, cli.run("profile", "edit", "fb", "--api-version", "2026-08-19.orbit").code());
        CliSession.Result r = cli.run("get", DemoFixtures.FEATUREBASE_HEALTHY, "--profile", "FB");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains(DemoFixtures.FEATUREBASE_HEALTHY), r.out());
        RecordedRequest sent = sandbox.requests().get(0);
        assertEquals("2026-08-19.orbit", sent.header("Featurebase-Version").orElseThrow());
        assertEquals("Bearer " + sandbox.demoKey("featurebase"), sent.header("Authorization").orElseThrow());
    }

    @Test
    void getWithAProfileRefusesABaseUrlThatWouldSendTheKeyElsewhere() {
        add("fb", "featurebase", sandbox.demoKey("featurebase"), sandbox.baseUrl("featurebase").toString());
        CliSession.Result r = cli.run("get", DemoFixtures.FEATUREBASE_HEALTHY, "--profile", "fb", "--base-url", sandbox.otherHostBase().toString());
        assertEquals(ExitCode.USAGE.code(), r.code());
        assertTrue(r.err().contains("--base-url cannot be combined with --profile"), r.err());
        assertTrue(sandbox.requests().isEmpty(), "nothing was sent");
        CliSession.Result missing = cli.run("get", DemoFixtures.FEATUREBASE_HEALTHY, "--profile", "nobody");
        assertEquals(ExitCode.USAGE.code(), missing.code());
        assertTrue(missing.err().contains("No profile is named \"nobody\""), missing.err());
    }
}
