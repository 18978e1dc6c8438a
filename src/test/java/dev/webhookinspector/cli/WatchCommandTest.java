package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.Await;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.notify.Change;
import dev.webhookinspector.core.notify.Mutes;
import dev.webhookinspector.core.notify.Notifier;
import dev.webhookinspector.core.notify.RecordingNotifier;
import dev.webhookinspector.core.notify.VerdictWatch;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.watch.ManualScheduler;
import dev.webhookinspector.core.watch.TargetFetch;
import dev.webhookinspector.core.watch.WatchEngine;
import dev.webhookinspector.core.watch.WatchSettings;
import dev.webhookinspector.core.watch.WatchTarget;
import dev.webhookinspector.metrics.Exposition;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code webhook-inspector watch} against the simulator: the lines a user reads, the exit codes cron sees, the metrics. */
class WatchCommandTest {
    private static Sandbox sandbox;
    @TempDir Path home;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> outputs = new ArrayList<>();

    @BeforeAll static void start() throws Exception {
        sandbox = Sandbox.start(0);
    }

    @AfterAll static void stop() {
        sandbox.close();
    }

    @BeforeEach void profiles() {
        env.put(ProfileServices.HOME_VARIABLE, home.toString());
        env.put("FB_KEY", sandbox.demoKey("featurebase"));
        env.put("UV_KEY", sandbox.demoKey("ultravox"));
        for (String[] p : List.of(new String[] {"fb", "featurebase", "FB_KEY"}, new String[] {"voice", "ultravox", "UV_KEY"})) {
            CliRun added = CliRun.run(env, "profile", "add", p[0], "--provider", p[1], "--base-url", sandbox.baseUrl(p[1]).toString(), "--store", "env:" + p[2]);
            assertEquals(0, added.exitCode(), added.err());
        }
    }

    private CliRun watch(String... args) {
        List<String> all = new ArrayList<>(List.of("watch"));
        all.addAll(List.of(args));
        CliRun r = CliRun.run(env, all.toArray(String[]::new));
        outputs.add(r.out());
        outputs.add(r.err());
        return r;
    }

    private void assertNoKeyPrinted() {
        for (String o : outputs) {
            for (String provider : Sandbox.PROVIDERS) assertFalse(o.contains(sandbox.demoKey(provider)), "a key in the output:\n" + o);
            assertFalse(o.contains("whsec_"), "a signing secret in the output:\n" + o);
        }
    }

    @Test
    void onceExitsZeroWhenEveryWebhookWatchedIsHealthyAndEightWhenOneIsNot() {
        CliRun healthy = watch("--once", "--profile", "fb", DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals(ExitCode.OK.code(), healthy.exitCode(), healthy.toString());
        assertTrue(healthy.out().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC  Featurebase  fb  .+ \\(" + DemoFixtures.FEATUREBASE_HEALTHY
                + "\\)  healthy: .+\n"), healthy.out());

        CliRun all = watch("--once", "--profile", "fb", "--profile", "voice");
        assertEquals(ExitCode.UNHEALTHY.code(), all.exitCode(), all.err());
        assertTrue(all.out().lines().anyMatch(l -> l.contains("  fb  CRM bridge (" + DemoFixtures.FEATUREBASE_FAILING + ")  failing: ")), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.contains("  Ultravox  voice  " + DemoFixtures.ULTRAVOX_HEALTHY + "  healthy")), all.out());
        assertEquals(all.out().lines().count(), all.out().lines().filter(l -> l.contains("UTC  ")).count(), "one line per webhook");

        CliRun noDeliveries = watch("--once", "--profile", "fb", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_NEVER_DELIVERED);
        assertEquals(ExitCode.OK.code(), noDeliveries.exitCode(), "no deliveries yet is not unhealthy");
        assertNoKeyPrinted();
    }

    @Test
    void onceExitsWithTheProblemsCodeWhenNothingCouldBeFetched() {
        env.put("FB_KEY", "sk_wrong_key_000000000000");
        CliRun r = watch("--once", "--profile", "fb");
        assertEquals(ExitCode.KEY_REJECTED.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("Featurebase  fb  (webhook list)  could not be fetched: Featurebase rejected the API key"), r.err());
        assertFalse(r.err().contains("sk_wrong_key"));
    }

    @Test
    void allWatchesEverySavedProfileAndSkipsOneThatCannotBeUsedSayingWhy() {
        CliRun added = CliRun.run(env, "profile", "add", "ghost", "--provider", "v0", "--base-url", sandbox.baseUrl("v0").toString(), "--store", "env:GHOST_KEY");
        assertEquals(0, added.exitCode(), added.err());
        CliRun r = watch("--once", "--all");
        assertEquals(ExitCode.UNHEALTHY.code(), r.exitCode(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("webhook-inspector watch: skipping profile \"ghost\": ") && l.contains("GHOST_KEY")), r.err());
        assertTrue(r.out().contains("  fb  ") && r.out().contains("  voice  "), r.out());
        assertNoKeyPrinted();
    }

    @Test
    void anIntervalUnderFifteenSecondsIsRefusedBeforeAnythingIsSent() {
        sandbox.clearRequests();
        CliRun r = watch("--interval", "10", "--profile", "fb");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        r.assertCleanError();
        assertTrue(r.err().contains("The watch interval must be at least 15 s (was 10 s)"), r.err());
        assertEquals(List.of(), sandbox.requests());
        assertEquals(ExitCode.USAGE.code(), watch("--interval", "soon", "--profile", "fb").exitCode());
        assertEquals(ExitCode.USAGE.code(), watch("--all", "--profile", "fb").exitCode());
    }

    @Test
    void helpListsTheWatchOptionsAndTheExitCodes() {
        CliRun r = CliRun.run(env, "watch", "--help");
        for (String option : List.of("--profile NAME", "--all", "--interval SECONDS", "--once", "--notify", "--metrics-port N", "--metrics-host HOST")) {
            assertTrue(r.out().contains(option), option);
        }
        assertTrue(r.out().contains("  8  " + ExitCode.UNHEALTHY.meaning()));
        assertTrue(CliRun.run(env, "--help").out().contains("  watch "));
    }

    @Test
    void aVerdictChangePrintsOneLineAndNotifiesOnceEachWay() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ManualScheduler time = new ManualScheduler();
        RecordingNotifier notifier = new RecordingNotifier();
        WatchPrinter printer = new WatchPrinter(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                time.clock, false, Optional.of(notifier));
        WatchTarget fb = new WatchTarget.Account("fb", SandboxConnections.to(sandbox, "featurebase"));
        try (WatchEngine engine = new WatchEngine(List.of(fb), WatchSettings.every(Duration.ofMinutes(1)),
                new TargetFetch(new WebhookLister(), new HttpWebhookFetcher()), new VerdictWatch(new Mutes()), printer, time.clock, time, new Random(3))) {
            engine.start();
            time.advance(Duration.ZERO);
            assertEquals("", out.toString(StandardCharsets.UTF_8), "the first look prints no change");
            sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_FAILING);
            time.advance(Duration.ofMinutes(3));
            sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_HEALTHY);
            time.advance(Duration.ofMinutes(3));
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("2026-12-01 10:0\\d:\\d\\d UTC  Featurebase  fb  \\S.* \\(" + DemoFixtures.FEATUREBASE_HEALTHY
                + "\\)  healthy -> failing: .+"), lines.get(0));
        assertTrue(lines.get(1).contains("  failing -> healthy"), lines.get(1));
        assertEquals(List.of(Change.FAILING, Change.RECOVERED), notifier.shown().stream().map(n -> n.change()).toList());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWebhookAddedWhileWatchingGetsALine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManualScheduler time = new ManualScheduler();
        WatchPrinter printer = new WatchPrinter(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                time.clock, false, Optional.empty());
        sandbox.setDeleted("featurebase", DemoFixtures.FEATUREBASE_PAUSED, true);
        try (WatchEngine engine = new WatchEngine(List.of(new WatchTarget.Account("fb", SandboxConnections.to(sandbox, "featurebase"))),
                WatchSettings.every(Duration.ofMinutes(1)), new TargetFetch(new WebhookLister(), new HttpWebhookFetcher()),
                new VerdictWatch(new Mutes()), printer, time.clock, time, new Random(3))) {
            engine.start();
            time.advance(Duration.ZERO);
            sandbox.setDeleted("featurebase", DemoFixtures.FEATUREBASE_PAUSED, false);
            time.advance(Duration.ofSeconds(70));
        } finally {
            sandbox.setDeleted("featurebase", DemoFixtures.FEATUREBASE_PAUSED, false);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.getFirst().contains("(" + DemoFixtures.FEATUREBASE_PAUSED + ")  new -> paused: "), lines.getFirst());
    }

    @Test
    void aProblemIsPrintedWhenItStartsAndWhenItEndsNotEveryRound() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ManualScheduler time = new ManualScheduler();
        WatchPrinter printer = new WatchPrinter(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                time.clock, false, Optional.empty());
        WatchTarget hook = new WatchTarget.Webhook("voice", SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        sandbox.faults().add(new dev.webhookinspector.sandbox.Fault.ServerErrorHtml("ultravox"), 3);
        try (WatchEngine engine = new WatchEngine(List.of(hook), WatchSettings.every(Duration.ofSeconds(15)),
                new TargetFetch(new WebhookLister(), new HttpWebhookFetcher()), new VerdictWatch(new Mutes()), printer, time.clock, time, new Random(3))) {
            engine.start();
            time.advance(Duration.ofMinutes(2));
        } finally {
            sandbox.faults().clear();
        }
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).endsWith("Ultravox  voice  " + DemoFixtures.ULTRAVOX_HEALTHY + "  could not be fetched: Ultravox had a server error (HTTP 500 with an HTML page)."),
                lines.get(0));
        assertTrue(lines.get(1).endsWith("  fetched again"), lines.get(1));
    }

    @Test
    void notifyWithoutADesktopSaysSoOnceAndStillWatches() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger made = new AtomicInteger();
        WatchCommand command = new WatchCommand(() -> {
            made.incrementAndGet();
            return Notifier.unavailable("no D-Bus session bus");
        });
        int code = command.run(List.of("--once", "--notify", "--profile", "fb", DemoFixtures.FEATUREBASE_HEALTHY),
                new CliContext(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), Map.copyOf(env)));
        assertEquals(0, code);
        assertEquals(1, made.get());
        assertEquals("webhook-inspector watch: Desktop notifications are unavailable: no D-Bus session bus.\n", err.toString(StandardCharsets.UTF_8));
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void metricsAreServedOnLoopbackWhileWatchingAndCtrlCEndsWith130() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] code = {-1};
        Thread watching = Thread.ofPlatform().start(() -> code[0] = Cli.run(new String[] {"watch", "--profile", "fb", "--profile", "voice",
                "--metrics-port", "0"}, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.copyOf(env)));
        try {
            Pattern served = Pattern.compile("Metrics: http://127\\.0\\.0\\.1:(\\d+)/metrics");
            Await.until("the metrics address is printed", () -> served.matcher(err.toString(StandardCharsets.UTF_8)).find(), Duration.ofSeconds(20));
            Matcher m = served.matcher(err.toString(StandardCharsets.UTF_8));
            assertTrue(m.find());
            URI metrics = URI.create("http://127.0.0.1:" + m.group(1) + "/metrics");
            try (HttpClient client = HttpClient.newHttpClient()) {
                String[] body = {""};
                Await.until("both profiles are in the metrics", () -> {
                    body[0] = scrape(client, metrics);
                    return body[0].contains("profile=\"fb\"") && body[0].contains("profile=\"voice\"");
                }, Duration.ofSeconds(30));
                List<Exposition.Sample> samples = Exposition.parse(body[0], false);
                assertTrue(samples.stream().anyMatch(s -> s.name().equals("webhook_inspector_webhook_verdict")
                        && DemoFixtures.FEATUREBASE_FAILING.equals(s.labels().get("id")) && "failing".equals(s.labels().get("verdict")) && s.value() == 1));
                outputs.add(body[0]);
            }
        } finally {
            watching.interrupt();
            watching.join(Duration.ofSeconds(20));
        }
        assertEquals(ExitCode.CANCELLED.code(), code[0]);
        String errText = err.toString(StandardCharsets.UTF_8);
        assertTrue(errText.contains("Watching 2 profiles every 60 s. Press Ctrl+C to stop."), errText);
        assertTrue(errText.endsWith("Watch stopped.\n"), errText);
        assertFalse(errText.contains("warning"), "loopback needs no warning");
        outputs.add(out.toString(StandardCharsets.UTF_8));
        outputs.add(errText);
        assertNoKeyPrinted();
    }

    private static String scrape(HttpClient client, URI metrics) {
        try {
            return client.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void metricsHostNeedsAPortAndOnceServesNoMetrics() {
        CliRun alone = watch("--metrics-host", "0.0.0.0", "--profile", "fb");
        assertEquals(ExitCode.USAGE.code(), alone.exitCode());
        assertTrue(alone.err().contains("--metrics-host needs --metrics-port N"), alone.err());
        CliRun once = watch("--once", "--metrics-port", "0", "--profile", "fb");
        assertEquals(ExitCode.USAGE.code(), once.exitCode());
    }
}
