package dev.webhookinspector.sandbox;

import dev.webhookinspector.core.problem.ExitCode;
import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.Await;
import dev.webhookinspector.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SandboxCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private String output() { return out.toString(StandardCharsets.UTF_8); }

    @Test
    void printsUrlsKeysFixturesAndAnExampleThenServesUntilStopped() throws Exception {
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command = new Thread(() -> exit.set(run("sandbox", "--port", "0")));
        command.start();
        Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/ultravox").matcher("");
        Await.until("the sandbox command printed its banner", () -> output().contains("Ctrl+C"), Duration.ofSeconds(10));
        String banner = output();
        assertTrue(port.reset(banner).find(), banner);
        String base = "http://127.0.0.1:" + port.group(1);
        assertTrue(banner.contains(base + "/v0") && banner.contains(base + "/featurebase"));
        assertTrue(banner.contains(DemoFixtures.ULTRAVOX_DEMO_KEY) && banner.contains(DemoFixtures.V0_DEMO_KEY)
                && banner.contains(DemoFixtures.FEATUREBASE_DEMO_KEY));
        assertTrue(banner.contains(DemoFixtures.FEATUREBASE_SUSPENDED) && banner.contains(DemoFixtures.ULTRAVOX_FAULT_SLOW));
        assertTrue(banner.contains("WEBHOOK_INSPECTOR_API_KEY=" + DemoFixtures.ULTRAVOX_DEMO_KEY + " webhook-inspector get "
                + DemoFixtures.ULTRAVOX_HEALTHY + " --provider ultravox --base-url " + base + "/ultravox"));

        HttpResponse<String> response = new SimulatorClient().get(URI.create(base + "/ultravox/api/webhooks/" + DemoFixtures.ULTRAVOX_HEALTHY),
                "X-API-Key", DemoFixtures.ULTRAVOX_DEMO_KEY);
        assertEquals(200, response.statusCode());

        command.interrupt();
        command.join(10_000);
        assertFalse(command.isAlive(), "the sandbox command stops when interrupted (Ctrl+C)");
        assertEquals(0, exit.get());
        assertTrue(output().contains("Sandbox stopped."));
    }

    @Test
    void aPortInUseIsOneClearLineAndExitsAsALocalProblem() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertEquals(ExitCode.LOCAL.code(), run("sandbox", "--port", Integer.toString(taken.getLocalPort())));
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("already in use") && message.contains("--port"), message);
        assertEquals("", output());
    }

    @Test
    void aBadPortIsAUsageError() {
        assertEquals(2, run("sandbox", "--port", "http"));
        assertEquals(2, run("sandbox", "--port=70000"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("--port must be a number from 0 to 65535"), message);
        assertEquals(2, run("sandbox", "extra"));
    }

    @Test
    void helpDescribesThePortOption() {
        assertEquals(0, run("sandbox", "--help"));
        assertTrue(output().contains("--port N"));
    }
}
