package dev.webhookinspector;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that answers every request the same hostile way: a crafted body, a broken status line,
 * or a body dripped one byte a second for ever. Plain sockets, so it can say what no real server would.
 */
public final class HostileServer implements AutoCloseable {
    private final ServerSocket socket;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();

    private interface Answer {
        void write(OutputStream out, CountDownLatch closed) throws IOException, InterruptedException;
    }

    private HostileServer(Answer answer) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    Thread.ofVirtual().start(() -> serve(s, answer));
                } catch (IOException stopped) {
                    return;
                }
            }
        });
    }

    private void serve(Socket s, Answer answer) {
        try (s) {
            InputStream in = s.getInputStream();
            if (in.read(new byte[16 * 1024]) < 0) return;
            requests.incrementAndGet();
            answer.write(s.getOutputStream(), closed);
        } catch (IOException | InterruptedException clientLeft) {
            // The client hung up or the test ended: either way this answer is over.
        }
    }

    /** A well-formed answer with this status and JSON body. */
    public static HostileServer json(int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        return raw(concat(head.getBytes(StandardCharsets.ISO_8859_1), bytes));
    }

    /** Exactly these bytes, whatever they are. */
    public static HostileServer raw(byte[] answer) throws IOException {
        return new HostileServer((out, closed) -> {
            out.write(answer);
            out.flush();
        });
    }

    /** Headers of a large JSON answer at once, then its body one byte a second until the test ends. */
    public static HostileServer dripping() throws IOException {
        return new HostileServer((out, closed) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (!closed.await(1, TimeUnit.SECONDS)) {
                out.write(' ');
                out.flush();
            }
        });
    }

    public String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    public int requests() {
        return requests.get();
    }

    @Override public void close() throws IOException {
        closed.countDown();
        socket.close();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
