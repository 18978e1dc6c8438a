package dev.webhookinspector.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.notify.Mutes;
import dev.webhookinspector.core.notify.VerdictWatch;
import dev.webhookinspector.core.notify.WebhookKey;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.watch.ManualScheduler;
import dev.webhookinspector.core.watch.TargetFetch;
import dev.webhookinspector.core.watch.WatchEngine;
import dev.webhookinspector.core.watch.WatchSettings;
import dev.webhookinspector.core.watch.WatchTarget;
import dev.webhookinspector.core.watch.WebhookUpdate;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The metrics endpoint scraped over loopback after a watch round against the simulator, read by a strict parser. */
class WatchMetricsTest {
    private static final String OPEN_METRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";
    private Sandbox sandbox;
    private MetricsEndpoint endpoint;
    private final WatchMetrics metrics = new WatchMetrics();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(0);
        endpoint = MetricsEndpoint.start(metrics, MetricsEndpoint.LOOPBACK, 0);
    }

    @AfterEach
    void stop() {
        endpoint.close();
        sandbox.close();
    }

    private String scrape(String accept) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/metrics")).header("Accept", accept).build();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            return r.body();
        }
    }

    private void watchOneRound() {
        ManualScheduler time = new ManualScheduler();
        List<WatchTarget> targets = List.of(
                new WatchTarget.Account("fb-demo", SandboxConnections.to(sandbox, "featurebase")),
                new WatchTarget.Account("voice", SandboxConnections.to(sandbox, "ultravox")),
                new WatchTarget.Webhook("voice", SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_FAULT_NOT_FOUND));
        try (WatchEngine engine = new WatchEngine(targets, WatchSettings.every(Duration.ofMinutes(1)), new TargetFetch(new WebhookLister(),
                new HttpWebhookFetcher()), new VerdictWatch(new Mutes()), metrics, time.clock, time, new Random(1))) {
            engine.start();
            time.advance(Duration.ZERO);
        }
    }

    private static Exposition.Sample only(List<Exposition.Sample> samples, String name, String id, String... more) {
        List<Exposition.Sample> found = samples.stream().filter(s -> s.name().equals(name) && id.equals(s.labels().get("id")))
                .filter(s -> more.length == 0 || more[1].equals(s.labels().get(more[0]))).toList();
        assertEquals(1, found.size(), name + " for " + id + ": " + found);
        return found.getFirst();
    }

    @Test
    void everyWebhookHasItsVerdictFailuresAndFetchTimesInBothTextFormats() throws Exception {
        watchOneRound();
        for (String accept : List.of(OPEN_METRICS, "text/plain")) {
            String text = scrape(accept);
            List<Exposition.Sample> samples = Exposition.parse(text, accept.startsWith("application/openmetrics"));
            Exposition.Sample failing = only(samples, "webhook_inspector_webhook_verdict", DemoFixtures.FEATUREBASE_FAILING, "verdict", "failing");
            assertEquals(1, failing.value());
            assertEquals("fb-demo", failing.labels().get("profile"));
            assertEquals("featurebase", failing.labels().get("provider"));
            assertEquals("CRM bridge", failing.labels().get("name"));
            assertEquals(0, only(samples, "webhook_inspector_webhook_verdict", DemoFixtures.FEATUREBASE_FAILING, "verdict", "healthy").value());
            assertEquals(1, only(samples, "webhook_inspector_webhook_unhealthy", DemoFixtures.FEATUREBASE_FAILING).value());
            assertTrue(only(samples, "webhook_inspector_webhook_consecutive_failures", DemoFixtures.FEATUREBASE_FAILING).value() > 0);
            assertTrue(only(samples, "webhook_inspector_webhook_failures_in_window", DemoFixtures.ULTRAVOX_FAILING).value() > 0);
            assertTrue(only(samples, "webhook_inspector_webhook_last_failure_timestamp_seconds", DemoFixtures.ULTRAVOX_FAILING).value() > 1.7e9);
            double fetchedAt = only(samples, "webhook_inspector_webhook_last_successful_fetch_timestamp_seconds", DemoFixtures.ULTRAVOX_HEALTHY).value();
            assertTrue(Math.abs(fetchedAt - Instant.now().getEpochSecond()) < 600, "a Unix time in seconds: " + fetchedAt);
            assertTrue(only(samples, "webhook_inspector_webhook_fetch_duration_seconds", DemoFixtures.ULTRAVOX_HEALTHY).value() < 60);
            Exposition.Sample notFound = only(samples, "webhook_inspector_fetch_errors_total", DemoFixtures.ULTRAVOX_FAULT_NOT_FOUND);
            assertEquals("not_found", notFound.labels().get("kind"));
            assertEquals(1, notFound.value());

            for (String secret : List.of(sandbox.demoKey("featurebase"), sandbox.demoKey("ultravox"), "whsec_", "http://", "https://")) {
                assertFalse(text.contains(secret), "no key, secret or URL in the metrics: " + secret);
            }
        }
    }

    @Test
    void theDashboardAndTheReadmeNameOnlyMetricsThatAreServed() throws Exception {
        watchOneRound();
        java.util.Set<String> served = new java.util.HashSet<>();
        Exposition.parse(scrape("text/plain"), false).forEach(s -> served.add(s.name()));
        com.fasterxml.jackson.databind.JsonNode dashboard = new ObjectMapper().readTree(java.nio.file.Path.of("docs/grafana-dashboard.json").toFile());
        assertEquals("Webhook Inspector", dashboard.get("title").asText());
        java.util.regex.Pattern metric = java.util.regex.Pattern.compile("webhook_inspector_[a-z_]+");
        java.util.Set<String> named = new java.util.TreeSet<>();
        dashboard.findValues("expr").forEach(e -> metric.matcher(e.asText()).results().forEach(m -> named.add(m.group())));
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        metric.matcher(readme.substring(readme.indexOf("### Metrics"))).results().forEach(m -> named.add(m.group()));
        assertTrue(named.size() >= 8, named.toString());
        for (String name : named) assertTrue(served.contains(name), name + " is named but not served: " + served);
    }

    @Test
    void aDeletedWebhooksSeriesGoAtTheNextCompleteList() throws Exception {
        ManualScheduler time = new ManualScheduler();
        WatchTarget fb = new WatchTarget.Account("fb-demo", SandboxConnections.to(sandbox, "featurebase"));
        try (WatchEngine engine = new WatchEngine(List.of(fb), WatchSettings.every(Duration.ofMinutes(1)), new TargetFetch(new WebhookLister(),
                new HttpWebhookFetcher()), new VerdictWatch(new Mutes()), metrics, time.clock, time, new Random(1))) {
            engine.start();
            time.advance(Duration.ZERO);
            assertTrue(scrape("text/plain").contains(DemoFixtures.FEATUREBASE_PAUSED));
            sandbox.setDeleted("featurebase", DemoFixtures.FEATUREBASE_PAUSED, true);
            // Up to 66 s with the 10 % jitter.
            time.advance(Duration.ofSeconds(70));
        }
        String text = scrape("text/plain");
        assertFalse(text.contains(DemoFixtures.FEATUREBASE_PAUSED), "no series of a deleted webhook");
        assertTrue(text.contains(DemoFixtures.FEATUREBASE_HEALTHY));
    }

    @Test
    void aNameWithQuotesBackslashesAndLineBreaksIsEscapedAndReadsBackTheSame() throws Exception {
        String name = "Say \"hi\" \\ to\nops";
        ObjectNode body = new ObjectMapper().createObjectNode().put("object", "webhook").put("id", DemoFixtures.FEATUREBASE_HEALTHY)
                .put("name", name).put("url", "https://hooks.example/x?token=t0k").put("secret", "whsec_abcdefabcdefabcdef").put("status", "active");
        body.putArray("topics").add("post.created");
        Snapshot s = Providers.byId("featurebase").orElseThrow().toSnapshot(DemoFixtures.FEATUREBASE_HEALTHY, body);
        FetchResult r = new FetchResult(s, null, 200, Instant.now(), Duration.ofMillis(12), 1);
        WatchTarget target = new WatchTarget.Account("fb", SandboxConnections.to(sandbox, "featurebase"));
        metrics.fetched(new WebhookUpdate(target, WebhookKey.of("fb", s), r, Optional.empty(), false));
        for (String accept : List.of(OPEN_METRICS, "text/plain")) {
            List<Exposition.Sample> samples = Exposition.parse(scrape(accept), accept.startsWith("application/openmetrics"));
            assertEquals(name, only(samples, "webhook_inspector_webhook_unhealthy", DemoFixtures.FEATUREBASE_HEALTHY).labels().get("name"));
        }
    }
}
