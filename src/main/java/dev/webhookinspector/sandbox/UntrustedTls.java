package dev.webhookinspector.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.Executor;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An https listener on loopback with a self-signed certificate (untrusted-receiver.p12, made once with keytool for
 * 127.0.0.1; its key protects nothing), so tests and the demo can show how a receiver with an untrusted
 * certificate fails a delivery.
 */
final class UntrustedTls {
    private static final char[] PASSWORD = "sandbox".toCharArray();

    private UntrustedTls() {}

    static HttpsServer start(InetAddress host, Executor pool, HttpHandler handler) throws IOException {
        try (InputStream in = UntrustedTls.class.getResourceAsStream("untrusted-receiver.p12")) {
            if (in == null) throw new IOException("untrusted-receiver.p12 is missing from the simulator's resources");
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(kmf.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(host, 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.createContext("/", handler);
            server.setExecutor(pool);
            server.start();
            return server;
        } catch (GeneralSecurityException e) {
            throw new IOException("the simulator's https listener could not start: " + e.getMessage(), e);
        }
    }
}
