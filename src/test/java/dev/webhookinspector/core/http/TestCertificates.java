package dev.webhookinspector.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates made by the running JDK's keytool, once per test run: a test CA, a server certificate for
 * "localhost" that it issued, and a self-signed one that expired weeks ago. Nothing here is trusted by the JDK.
 */
public final class TestCertificates {
    public static final String PASSWORD = "test-only";
    public static final String CA_SUBJECT = "CN=Webhook Inspector Test CA";
    public static final String SERVER_SUBJECT = "CN=Webhook Inspector Test Server";
    public static final String EXPIRED_SUBJECT = "CN=Webhook Inspector Expired Server";

    private static TestCertificates made;

    /** The CA's certificate in PEM, as {@code keytool -exportcert -rfc} writes it: what a user gives as --ca-file. */
    public final Path caPem;
    /** PKCS12 with the server's key and its chain (server, CA). */
    public final Path serverKeyStore;
    public final Path expiredKeyStore;

    private TestCertificates(Path dir) {
        caPem = dir.resolve("ca.pem");
        serverKeyStore = dir.resolve("server.p12");
        expiredKeyStore = dir.resolve("expired.p12");
    }

    public static synchronized TestCertificates get() throws IOException, InterruptedException {
        if (made == null) {
            Path dir = Files.createTempDirectory("webhook-inspector-certs");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // Only test certificates; the OS cleans its temporary folder in the end.
                }
                dir.toFile().delete();
            }));
            made = make(dir);
        }
        return made;
    }

    public KeyStore caStore() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        try (InputStream in = Files.newInputStream(caPem)) {
            ks.setCertificateEntry("ca", java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        return ks;
    }

    private static TestCertificates make(Path dir) throws IOException, InterruptedException {
        TestCertificates c = new TestCertificates(dir);
        String ca = dir.resolve("ca.p12").toString();
        String server = c.serverKeyStore.toString();
        String csr = dir.resolve("server.csr").toString();
        String signed = dir.resolve("server.pem").toString();
        keytool(dir, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-dname", CA_SUBJECT, "-ext", "bc:c", "-validity", "30", "-keystore", ca);
        keytool(dir, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-file", c.caPem.toString());
        keytool(dir, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", SERVER_SUBJECT, "-validity", "30", "-keystore", server);
        keytool(dir, "-certreq", "-alias", "server", "-keystore", server, "-file", csr);
        keytool(dir, "-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-infile", csr, "-outfile", signed,
                "-ext", "san=dns:localhost", "-validity", "30");
        keytool(dir, "-importcert", "-noprompt", "-alias", "ca", "-keystore", server, "-file", c.caPem.toString());
        keytool(dir, "-importcert", "-alias", "server", "-keystore", server, "-file", signed);
        keytool(dir, "-genkeypair", "-alias", "expired", "-keyalg", "EC", "-dname", EXPIRED_SUBJECT, "-startdate", "-30d",
                "-validity", "2", "-ext", "san=dns:localhost", "-keystore", c.expiredKeyStore.toString());
        return c;
    }

    private static void keytool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        // A short-lived tool: the quick compiler and the small collector nearly halve each start.
        command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD, "-storetype", "PKCS12"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool " + String.join(" ", args) + " failed:\n" + output);
        }
    }
}
