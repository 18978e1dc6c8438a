package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.problem.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A server that answers, but not in HTTP: a malformed answer is a protocol error (6), not a network failure (5). */
class BrokenHttpTest {
    private static final String KEY = "uv_test_key_0123456789abcdef";
    private ServerSocket server;

    /** Serves {@code answer} to every connection after reading the request head. */
    private String serve(byte[] answer) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    byte[] buf = new byte[8192];
                    int n = in.read(buf);
                    if (n < 0) continue;
                    OutputStream out = s.getOutputStream();
                    out.write(answer);
                    out.flush();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @AfterEach void stop() throws IOException {
        if (server != null) server.close();
    }

    private CliRun get(String base) {
        return CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, KEY), "get", "3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b",
                "--provider", "ultravox", "--base-url", base, "--timeout", "20");
    }

    @Test
    void aGarbageStatusLineIsAMalformedAnswer() throws IOException {
        CliRun r = get(serve("HELLO THERE\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ExitCode.PROVIDER.code(), r.exitCode(), r.err());
        assertTrue(r.err().contains("is not valid HTTP"), r.err());
        assertFalse(r.err().contains(KEY));
        r.assertCleanError();
    }

    @Test
    void twentyThousandHeadersAreAMalformedAnswer() throws IOException {
        StringBuilder sb = new StringBuilder("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < 20_000; i++) sb.append("X-Filler-").append(i).append(": ").append("x".repeat(20)).append("\r\n");
        sb.append("Content-Length: 2\r\n\r\n{}");
        CliRun r = get(serve(sb.toString().getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ExitCode.PROVIDER.code(), r.exitCode(), r.err());
        r.assertCleanError();
    }
}
