package dev.webhookinspector.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP proxy on loopback for tests: it records every request head it receives in clear, opens
 * CONNECT tunnels to loopback ports only, and keeps every byte that passed through so a test can check
 * what it could have read. Anything but CONNECT (a plain http request sent in clear) is answered 502.
 */
public final class ConnectProxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> heads = new ArrayList<>();
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private volatile boolean wantsPassword;

    private ConnectProxy(ServerSocket server) { this.server = server; }

    public static ConnectProxy start() throws IOException {
        ConnectProxy proxy = new ConnectProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread.ofVirtual().name("connect-proxy").start(proxy::accept);
        return proxy;
    }

    public int port() { return server.getLocalPort(); }

    /** From now on, answer every request 407, as a proxy that needs a password does. */
    public void requirePassword() { wantsPassword = true; }

    public String url() { return "http://127.0.0.1:" + port(); }

    /** Each request head received (request line and headers), in order. */
    public synchronized List<String> heads() { return List.copyOf(heads); }

    /** The request lines only: "CONNECT localhost:4443 HTTP/1.1". */
    public synchronized List<String> requestLines() {
        return heads.stream().map(h -> h.lines().findFirst().orElse("")).toList();
    }

    /** True when {@code text} passed through this proxy in clear, in a request head or inside a tunnel. */
    public synchronized boolean sawInClear(String text) {
        return seen.toString(StandardCharsets.ISO_8859_1).contains(text);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> handle(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            synchronized (this) {
                heads.add(head);
                seen.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
            }
            String[] line = head.lines().findFirst().orElse("").split(" ");
            OutputStream out = client.getOutputStream();
            if (wantsPassword) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            if (line.length < 2 || !line[0].equals("CONNECT") || !isLoopback(line[1])) {
                out.write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                return;
            }
            int colon = line[1].lastIndexOf(':');
            try (Socket target = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(line[1].substring(colon + 1)))) {
                out.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread back = Thread.ofVirtual().start(() -> TlsFront.pump(target, client));
                recordingPump(in, client, target);
                back.join();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // The client went away or the tunnel target refused: the client sees the closed connection.
        }
    }

    /** The client-to-server direction of a tunnel, keeping what passed so tests can search it for the key. */
    private void recordingPump(InputStream in, Socket from, Socket to) {
        byte[] buf = new byte[16 * 1024];
        try {
            OutputStream out = to.getOutputStream();
            int n;
            while ((n = in.read(buf)) != -1) {
                synchronized (this) {
                    seen.write(buf, 0, n);
                }
                out.write(buf, 0, n);
            }
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

    /** Only ever tunnels to this machine: a test must never reach out. */
    private static boolean isLoopback(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon > 0 && Origins.isLoopbackHost(authority.substring(0, colon));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') break;
            if (n > 64 * 1024) break;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override public void close() throws IOException { server.close(); }
}
