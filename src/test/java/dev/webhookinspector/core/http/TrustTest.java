package dev.webhookinspector.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real TLS on loopback: which certificates are trusted, and what the user reads when one is refused. */
class TrustTest {
    static Sandbox sandbox;
    static TestCertificates certs;
    static TlsFront front;
    static TlsFront expired;
    final HttpWebhookFetcher fetcher = new HttpWebhookFetcher();

    @BeforeAll
    static void start() throws Exception {
        certs = TestCertificates.get();
        sandbox = Sandbox.start(0);
        front = TlsFront.start(certs.serverKeyStore, sandbox.port());
        expired = TlsFront.start(certs.expiredKeyStore, sandbox.port());
    }

    @AfterAll
    static void stop() throws Exception {
        front.close();
        expired.close();
        sandbox.close();
    }

    static Connection ultravox(String base, NetworkSettings flags) {
        return new Connection(Providers.byId("ultravox").orElseThrow(), URI.create(base + "/ultravox"), Map.of(),
                new ApiKey(sandbox.demoKey("ultravox")), Duration.ofSeconds(20), Network.resolve(flags, NetworkSettings.UNSET, Map.of()));
    }

    FetchException refused(Connection c) {
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(c, DemoFixtures.ULTRAVOX_HEALTHY));
        assertEquals(ProblemKind.TLS, e.kind(), e.getMessage());
        String all = (e.getMessage() + " " + e.problem().detail()).toLowerCase(java.util.Locale.ROOT);
        for (String never : List.of("insecure", "disable", "skip", "turn off", "trust all", "--no-verify")) {
            assertFalse(all.contains(never), "suggests weakening TLS: " + all);
        }
        return e;
    }

    @Test
    void aCertificateNoTrustedAuthorityIssuedIsRefusedNamingItAndItsIssuer() {
        FetchException e = refused(ultravox("https://localhost:" + front.port(), NetworkSettings.UNSET));
        assertTrue(e.getMessage().contains("\"" + TestCertificates.SERVER_SUBJECT + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("issued by \"" + TestCertificates.CA_SUBJECT + "\""), e.getMessage());
        assertTrue(e.getMessage().contains("is not trusted"), e.getMessage());
        assertEquals(Remedy.TRUST_CA_FILE, e.problem().remedies().getFirst());
    }

    @Test
    void theUsersCaFileMakesItsServersTrustedAndTheKeyArrives() throws Exception {
        FetchResult r = fetcher.fetch(ultravox("https://localhost:" + front.port(), new NetworkSettings("", certs.caPem.toString())),
                DemoFixtures.ULTRAVOX_HEALTHY);
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, r.snapshot().id());
        assertEquals(sandbox.demoKey("ultravox"), sandbox.requests().getLast().header("X-API-Key").orElseThrow());
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsRefusedNamingBothNames() {
        FetchException e = refused(ultravox("https://127.0.0.1:" + front.port(), new NetworkSettings("", certs.caPem.toString())));
        assertTrue(e.getMessage().contains("was made for localhost, not for 127.0.0.1 (host name mismatch)"), e.getMessage());
        assertFalse(e.getMessage().contains("not trusted"), e.getMessage());
    }

    @Test
    void anExpiredCertificateSaysWhenItExpired() {
        FetchException e = refused(ultravox("https://localhost:" + expired.port(), NetworkSettings.UNSET));
        assertTrue(e.getMessage().contains("\"" + TestCertificates.EXPIRED_SUBJECT + "\""), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*expired on \\d{4}-\\d\\d-\\d\\dT.*"), e.getMessage());
    }

    @Test
    void aCaFileThatIsNotPemIsRefusedBeforeAnythingIsSent() throws Exception {
        java.nio.file.Path notPem = java.nio.file.Files.createTempFile("not-a-ca", ".pem");
        java.nio.file.Files.writeString(notPem, "hello");
        sandbox.clearRequests();
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(ultravox("https://localhost:" + front.port(), new NetworkSettings("", notPem.toString())), DemoFixtures.ULTRAVOX_HEALTHY));
        assertEquals(ProblemKind.INVALID_INPUT, e.kind());
        assertTrue(e.getMessage().contains(notPem.toString()) && e.getMessage().contains("PEM"), e.getMessage());
        assertTrue(sandbox.requests().isEmpty());
    }

    @Test
    void certificatesFromTheOperatingSystemStoreAreTrustedBesideTheJdks() throws Exception {
        // Windows-ROOT and KeychainStore cannot exist on Linux: the test CA in a KeyStore stands in for them.
        HttpRequest get = HttpRequest.newBuilder(URI.create("https://localhost:" + front.port() + "/ultravox/api/webhooks/"
                + DemoFixtures.ULTRAVOX_HEALTHY)).header("X-API-Key", sandbox.demoKey("ultravox")).build();
        HttpClient withOsStore = HttpClients.build(Network.DIRECT, Duration.ofSeconds(20), List.of(certs.caStore()));
        assertEquals(200, withOsStore.send(get, HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpClient withoutIt = HttpClients.build(Network.DIRECT, Duration.ofSeconds(20), List.of());
        assertThrows(javax.net.ssl.SSLHandshakeException.class, () -> withoutIt.send(get, HttpResponse.BodyHandlers.discarding()));
    }
}
