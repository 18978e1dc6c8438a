package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.http.ConnectProxy;
import dev.webhookinspector.core.http.TestCertificates;
import dev.webhookinspector.core.http.TlsFront;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code get} and {@code profile} through a real CONNECT proxy on loopback, to the simulator behind HTTPS
 * with a test certificate: where requests go, what the proxy could read, and what the user is told.
 */
class ProxyCommandLineTest {
    static final String ID = DemoFixtures.ULTRAVOX_HEALTHY;
    static Sandbox sandbox;
    static TestCertificates certs;
    static TlsFront front;
    ConnectProxy proxy;
    String key;
    String httpsBase;
    Map<String, String> env;

    @BeforeAll
    static void startServers() throws Exception {
        certs = TestCertificates.get();
        sandbox = Sandbox.start(0);
        front = TlsFront.start(certs.serverKeyStore, sandbox.port());
    }

    @AfterAll
    static void stopServers() throws Exception {
        front.close();
        sandbox.close();
    }

    @BeforeEach
    void startProxy() throws Exception {
        proxy = ConnectProxy.start();
        sandbox.clearRequests();
        key = sandbox.demoKey("ultravox");
        httpsBase = "https://localhost:" + front.port() + "/ultravox";
        env = new HashMap<>(Map.of("WEBHOOK_INSPECTOR_API_KEY", key));
    }

    @AfterEach
    void stopProxy() throws Exception { proxy.close(); }

    CliRun get(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("get", ID, "--provider", "ultravox"));
        args.addAll(List.of(more));
        return CliRun.run(env, args.toArray(String[]::new));
    }

    void assertFetched(CliRun r) {
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(ID), r.out());
        assertEquals(key, sandbox.requests().getLast().header("X-API-Key").orElseThrow(), "the key reached the profile's origin");
    }

    @Test
    void anExplicitProxyCarriesTheRequestInATunnelAndNeverSeesTheKey() {
        CliRun r = get("--base-url", httpsBase, "--proxy", proxy.url(), "--ca-file", certs.caPem.toString());
        assertFetched(r);
        assertEquals(List.of("CONNECT localhost:" + front.port() + " HTTP/1.1"), proxy.requestLines());
        assertFalse(proxy.sawInClear(key), "the key passed the proxy in clear");
        assertFalse(proxy.sawInClear("X-API-Key"), "a request header passed the proxy in clear");
    }

    @Test
    void theAppsProxyVariableIsUsedAndNoProxyExemptsAHost() {
        env.put("WEBHOOK_INSPECTOR_PROXY", proxy.url());
        assertFetched(get("--base-url", httpsBase, "--ca-file", certs.caPem.toString()));
        assertEquals(1, proxy.requestLines().size(), proxy.heads().toString());

        env.put("NO_PROXY", "example.test, localhost");
        assertFetched(get("--base-url", httpsBase, "--ca-file", certs.caPem.toString()));
        assertEquals(1, proxy.requestLines().size(), "NO_PROXY lists localhost, yet the proxy got: " + proxy.heads());
    }

    @Test
    void plainHttpToLoopbackNeverGoesThroughTheProxyWhereItsHeadersWouldBeInClear() {
        assertFetched(get("--base-url", sandbox.baseUrl("ultravox").toString(), "--proxy", proxy.url()));
        assertEquals(List.of(), proxy.heads());
    }

    @Test
    void aProxyPasswordIsRefusedWithoutBeingPrintedAndNothingIsSent() {
        String withPassword = "http://alice:s3cret-pw@127.0.0.1:" + proxy.port();
        CliRun flag = get("--base-url", httpsBase, "--proxy", withPassword);
        assertEquals(2, flag.exitCode(), flag.err());
        flag.assertCleanError();
        assertTrue(flag.err().contains("--proxy") && flag.err().contains("password"), flag.err());
        assertFalse(flag.err().contains("s3cret-pw"), flag.err());

        env.put("HTTPS_PROXY", withPassword);
        CliRun system = get("--base-url", "https://api.ultravox.ai");
        assertEquals(2, system.exitCode(), system.err());
        assertTrue(system.err().contains("HTTPS_PROXY"), system.err());
        assertFalse(system.err().contains("s3cret-pw"), system.err());
        assertEquals(List.of(), proxy.heads());
        assertEquals(List.of(), sandbox.requests());
    }

    @Test
    void aProxyThatIsNotThereIsNamedAsTheProblem() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CliRun r = get("--base-url", httpsBase, "--proxy", "http://127.0.0.1:" + closed, "--ca-file", certs.caPem.toString());
        assertEquals(5, r.exitCode(), r.err());
        r.assertCleanError();
        assertTrue(r.err().contains("through the proxy 127.0.0.1:" + closed + " set by --proxy"), r.err());
        assertTrue(r.err().contains("--proxy none connects directly"), r.err());
    }

    @Test
    void aProxyAskingForAPasswordIsNamedNotMistakenForTheProvider() {
        proxy.requirePassword();
        CliRun r = get("--base-url", httpsBase, "--proxy", proxy.url(), "--ca-file", certs.caPem.toString());
        assertEquals(5, r.exitCode(), r.err());
        r.assertCleanError();
        assertTrue(r.err().contains("The proxy 127.0.0.1:" + proxy.port() + " set by --proxy asks for a user name and password (HTTP 407)"), r.err());
        assertFalse(proxy.sawInClear(key));
    }

    @Test
    void withoutTheCaFileTheRefusedCertificateIsNamedAndNoAdviceWeakensTls() {
        CliRun r = get("--base-url", httpsBase, "--proxy", proxy.url());
        assertEquals(5, r.exitCode(), r.err());
        r.assertCleanError();
        assertTrue(r.err().contains("\"" + TestCertificates.SERVER_SUBJECT + "\" issued by \"" + TestCertificates.CA_SUBJECT + "\" is not trusted"), r.err());
        assertTrue(r.err().contains("--ca-file FILE"), r.err());
        for (String never : List.of("insecure", "disable", "skip", "-k ")) assertFalse(r.err().toLowerCase().contains(never), r.err());
        assertFalse(proxy.sawInClear(key));
    }

    @Test
    void aProfileKeepsItsProxyAndCaFileAndNoneTurnsTheProxyOff(@TempDir Path home) {
        CliSession cli = new CliSession(home);
        cli.env.put("UV_KEY", key);
        CliSession.Result added = cli.run("profile", "add", "gateway", "--provider", "ultravox", "--base-url", httpsBase,
                "--store", "env:UV_KEY", "--proxy", proxy.url(), "--ca-file", certs.caPem.toString());
        assertEquals(0, added.code(), added.toString());
        CliSession.Result shown = cli.run("profile", "show", "gateway");
        assertTrue(shown.out().contains("Proxy        " + proxy.url()) && shown.out().contains("CA file      " + certs.caPem), shown.out());

        assertEquals(0, cli.run("get", ID, "--profile", "gateway").code());
        assertEquals(List.of("CONNECT localhost:" + front.port() + " HTTP/1.1"), proxy.requestLines());

        assertEquals(0, cli.run("profile", "edit", "gateway", "--proxy", "none").code());
        CliSession.Result direct = cli.run("get", ID, "--profile", "gateway");
        assertEquals(0, direct.code(), direct.toString());
        assertEquals(1, proxy.requestLines().size(), "after --proxy none the profile still used the proxy");
    }

    @Test
    void aProfilesProxyAndCaFileStayOnThisMachineThroughExportAndImport(@TempDir Path home) throws Exception {
        CliSession cli = new CliSession(home);
        assertEquals(0, cli.run("profile", "add", "gateway", "--provider", "v0", "--store", "env:V0_KEY", "--proxy", proxy.url(),
                "--ca-file", certs.caPem.toString()).code());
        Path export = home.resolve("export.json");
        assertEquals(0, cli.run("profile", "export", export.toString()).code());
        String exported = java.nio.file.Files.readString(export);
        assertFalse(exported.contains("proxy") || exported.contains("caFile") || exported.contains(certs.caPem.toString()), exported);

        // A file someone sends that names its own proxy and CA file: neither may decide where this machine's key goes.
        java.nio.file.Files.writeString(export, exported.replace("\"note\"", "\"proxy\" : \"http://127.0.0.1:1\", \"caFile\" : \"/opt/theirs/ca.pem\", \"note\""));
        CliSession.Result replaced = cli.run("profile", "import", export.toString(), "--replace");
        assertEquals(0, replaced.code(), replaced.toString());
        String shown = cli.run("profile", "show", "gateway").out();
        assertTrue(shown.contains("Proxy        " + proxy.url()) && shown.contains("CA file      " + certs.caPem), shown);
        assertEquals(0, cli.run("profile", "import", export.toString(), "--rename", "--yes").code(), "its env: reference confirmed");
        String imported = cli.run("profile", "show", "gateway (imported)").out();
        assertFalse(imported.contains("Proxy") || imported.contains("CA file"), imported);
    }

    @Test
    void aProfileRefusesAProxyWithAPasswordAndACaFileThatIsNotPem(@TempDir Path home) throws Exception {
        CliSession cli = new CliSession(home);
        CliSession.Result proxyRefused = cli.run("profile", "add", "p", "--provider", "v0", "--store", "env:V0_KEY",
                "--proxy", "http://bob:hunter2@proxy.example:3128");
        assertEquals(2, proxyRefused.code(), proxyRefused.toString());
        assertTrue(proxyRefused.err().contains("password"), proxyRefused.err());
        assertFalse(proxyRefused.err().contains("hunter2"), proxyRefused.err());
        Path notPem = java.nio.file.Files.writeString(home.resolve("ca.txt"), "not a certificate");
        CliSession.Result caRefused = cli.run("profile", "add", "p", "--provider", "v0", "--store", "env:V0_KEY", "--ca-file", notPem.toString());
        assertEquals(2, caRefused.code(), caRefused.toString());
        assertTrue(caRefused.err().contains("PEM"), caRefused.err());
        assertTrue(cli.run("profile", "list").out().startsWith("No profiles yet"));
    }
}
