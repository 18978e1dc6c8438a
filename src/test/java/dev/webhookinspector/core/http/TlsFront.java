package dev.webhookinspector.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * HTTPS in front of a plain loopback server (the simulator): it ends TLS with a test certificate on
 * 127.0.0.1 and passes the bytes on, so the simulator still answers and records every request.
 */
public final class TlsFront implements AutoCloseable {
    private final SSLServerSocket server;
    private final int backendPort;

    private TlsFront(SSLServerSocket server, int backendPort) {
        this.server = server;
        this.backendPort = backendPort;
    }

    public static TlsFront start(Path keyStore, int backendPort) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            ks.load(in, TestCertificates.PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, TestCertificates.PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket socket = (SSLServerSocket) tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        TlsFront front = new TlsFront(socket, backendPort);
        Thread.ofVirtual().name("tls-front").start(front::accept);
        return front;
    }

    public int port() { return server.getLocalPort(); }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
            Thread back = Thread.ofVirtual().start(() -> pump(backend, client));
            pump(client, backend);
            back.join();
        } catch (IOException | InterruptedException e) {
            // A refused handshake or a closed connection ends the relay; the client reports it.
        }
    }

    /** Copies until either side closes; closing both then ends the other direction. */
    static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // Either side went away.
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException ignored) {
                // Already closed.
            }
        }
    }

    @Override public void close() throws IOException { server.close(); }
}
