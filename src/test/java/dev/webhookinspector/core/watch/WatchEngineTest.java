package dev.webhookinspector.core.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.Await;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.notify.Change;
import dev.webhookinspector.core.notify.Mutes;
import dev.webhookinspector.core.notify.RecordingNotifier;
import dev.webhookinspector.core.notify.VerdictWatch;
import dev.webhookinspector.core.notify.WebhookKey;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch against the simulator over loopback HTTP, with a clock the test moves: no test waits for real seconds. */
class WatchEngineTest {
    private static final Duration MINUTE = Duration.ofSeconds(60);
    private Sandbox sandbox;
    private final ManualScheduler time = new ManualScheduler();
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final Events events = new Events(time::elapsedSeconds, notifier);
    private final Mutes mutes = new Mutes();
    private WatchEngine engine;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(0);
    }

    @AfterEach
    void stop() {
        if (engine != null) engine.close();
        sandbox.close();
    }

    private WatchEngine watch(Duration interval, WatchTarget... targets) {
        TargetFetch fetch = new TargetFetch(new WebhookLister(), new HttpWebhookFetcher());
        engine = new WatchEngine(List.of(targets), new WatchSettings(interval, 0), fetch, new VerdictWatch(mutes), events, time.clock, time,
                new Random(7));
        return engine;
    }

    private WatchTarget.Account featurebaseProfile() {
        return new WatchTarget.Account("fb-demo", SandboxConnections.to(sandbox, "featurebase"));
    }

    private long requestsTo(String pathPart) {
        return sandbox.requests().stream().map(RecordedRequest::path).filter(p -> p.contains(pathPart)).count();
    }

    @Test
    void aWebhookThatStartsFailingNotifiesOnceAndOnceMoreWhenItRecovers() {
        watch(MINUTE, featurebaseProfile()).start();
        time.advance(Duration.ZERO);
        assertTrue(events.fetched.size() >= 6, "the profile's webhooks were all fetched");
        assertEquals(List.of(), notifier.shown(), "the first look only remembers");

        sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_FAILING);
        time.advance(MINUTE.multipliedBy(3));
        assertEquals(1, notifier.shown().size(), "failing is told once, not once a minute: " + notifier.titles());
        assertEquals(Change.FAILING, notifier.shown().getFirst().change());
        assertEquals(DemoFixtures.FEATUREBASE_HEALTHY, notifier.shown().getFirst().webhook().webhookId());

        sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_HEALTHY);
        time.advance(MINUTE.multipliedBy(3));
        assertEquals(2, notifier.shown().size(), notifier.titles().toString());
        assertEquals(Change.RECOVERED, notifier.shown().get(1).change());
        long changes = events.fetched.stream().filter(WebhookUpdate::verdictChanged).count();
        assertEquals(2, changes, "one verdict change each way");
    }

    @Test
    void aWebhookGoneFromItsProfilesListIsForgottenAndComesBackWithoutNews() {
        List<WebhookKey> removed = new java.util.concurrent.CopyOnWriteArrayList<>();
        WatchListener both = WatchListener.all(events, new WatchListener() {
            @Override public void removed(WatchTarget target, WebhookKey key) { removed.add(key); }
        });
        TargetFetch fetch = new TargetFetch(new WebhookLister(), new HttpWebhookFetcher());
        engine = new WatchEngine(List.of(featurebaseProfile()), new WatchSettings(MINUTE, 0), fetch, new VerdictWatch(mutes), both, time.clock, time,
                new Random(7));
        engine.start();
        time.advance(Duration.ZERO);
        sandbox.setDeleted("featurebase", DemoFixtures.FEATUREBASE_FAILING, true);
        time.advance(MINUTE);
        assertEquals(List.of(DemoFixtures.FEATUREBASE_FAILING), removed.stream().map(WebhookKey::webhookId).toList());
        assertFalse(engine.verdicts().containsKey(removed.getFirst()));
        sandbox.setDeleted("featurebase", DemoFixtures.FEATUREBASE_FAILING, false);
        time.advance(MINUTE);
        assertEquals(List.of(), notifier.shown(), "back again is a first look, not a change");
        assertTrue(engine.verdicts().containsKey(removed.getFirst()));
    }

    @Test
    void aMutedWebhookChangesWithoutANotification() {
        mutes.mute(new WebhookKey("fb-demo", Providers.byId("featurebase").orElseThrow().id(), DemoFixtures.FEATUREBASE_HEALTHY));
        watch(MINUTE, featurebaseProfile()).start();
        time.advance(Duration.ZERO);
        sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_FAILING);
        time.advance(MINUTE);
        assertEquals(List.of(), notifier.shown());
        assertEquals(1, events.fetched.stream().filter(WebhookUpdate::verdictChanged).count(), "the change is still reported");
    }

    @Test
    void a429WithRetryAfterHoldsTheNextRequestBackUntilItHasPassed() {
        WatchTarget.Webhook hook = new WatchTarget.Webhook("voice", SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        // 40 s is past what one fetch retries within, so the fetch gives the 429 back and the watch must wait.
        sandbox.faults().add(new Fault.RateLimited("ultravox", 40), 1);
        watch(Duration.ofSeconds(15), hook).start();
        time.advance(Duration.ZERO);
        assertEquals(1, requestsTo("/api/webhooks/"));
        assertEquals(ProblemKind.RATE_LIMITED, events.failed.getFirst().problem().kind());
        assertEquals(Duration.ofSeconds(40), events.failed.getFirst().problem().waitBeforeNext());

        time.advance(Duration.ofSeconds(39));
        assertEquals(1, requestsTo("/api/webhooks/"), "nothing sent before Retry-After has passed, though the 15 s interval has");
        time.advance(Duration.ofSeconds(1));
        assertEquals(2, requestsTo("/api/webhooks/"), "asked again once it has");
        assertEquals(1, events.recovered.size());
        time.advance(Duration.ofSeconds(15));
        assertEquals(3, requestsTo("/api/webhooks/"), "then back to the interval");
    }

    @Test
    void anAnsweredRequestThatUsedUpFeaturebasesWindowHoldsTheNextOneUntilItsReset() {
        WatchTarget.Webhook hook = new WatchTarget.Webhook("fb", SandboxConnections.to(sandbox, "featurebase"), DemoFixtures.FEATUREBASE_HEALTHY);
        sandbox.faults().add(new Fault.RateLimitSpent("featurebase", 45), 1);
        watch(Duration.ofSeconds(15), hook).start();
        time.advance(Duration.ZERO);
        assertEquals(1, events.fetched.size(), "the answer itself is used");
        assertEquals(List.of(Duration.ofSeconds(45)), events.backOffs);
        time.advance(Duration.ofSeconds(44));
        assertEquals(1, requestsTo("/v2/webhooks/"), "nothing sent before the window resets");
        time.advance(Duration.ofSeconds(1));
        assertEquals(2, requestsTo("/v2/webhooks/"));
    }

    @Test
    void anUnreachableProviderIsAskedLessAndLessOften() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Connection offline = new Connection(Providers.byId("ultravox").orElseThrow(), URI.create("http://127.0.0.1:" + closedPort),
                Map.of(), new ApiKey(sandbox.demoKey("ultravox")), Duration.ofSeconds(5));
        watch(Duration.ofSeconds(15), new WatchTarget.Webhook("voice", offline, DemoFixtures.ULTRAVOX_HEALTHY)).start();
        time.advance(Duration.ofMinutes(4));
        List<Long> at = events.failed.stream().map(Events.Failed::at).toList();
        assertEquals(List.of(0L, 30L, 90L, 210L), at, "30 s, then 60 s, then 120 s between tries");
        assertEquals(ProblemKind.NETWORK, events.failed.getFirst().problem().kind());
        assertFalse(events.failed.getFirst().repeated());
        assertTrue(events.failed.get(1).repeated(), "the same problem again is marked as such, so it is printed once");
        time.advance(Duration.ofHours(2));
        List<Long> later = events.failed.stream().map(Events.Failed::at).toList();
        long gap = later.getLast() - later.get(later.size() - 2);
        assertEquals(OriginGate.MAX_MISS_WAIT.toSeconds(), gap, "the wait stops growing at ten minutes");
    }

    @Test
    void afterTheMachineSleptEveryTargetIsRefreshedOnceNotOncePerMissedInterval() {
        WatchTarget.Webhook hook = new WatchTarget.Webhook("voice", SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        watch(MINUTE, featurebaseProfile(), hook).start();
        time.advance(Duration.ZERO);
        assertEquals(1, requestsTo("/v2/webhooks"));
        assertEquals(1, requestsTo("/api/webhooks/"));

        time.sleepMachine(Duration.ofHours(8));
        time.advance(MINUTE);
        assertEquals(1, events.woke.size(), "one wake, told once for both targets");
        assertTrue(events.woke.getFirst().compareTo(Duration.ofHours(7)) > 0);
        assertEquals(2, requestsTo("/v2/webhooks"), "one refresh of the profile");
        assertEquals(2, requestsTo("/api/webhooks/"), "and one of the webhook");
    }

    @Test
    void aRefreshWhileAFetchIsRunningDoesNotFetchTheSameWebhookTwice() {
        WatchTarget.Webhook hook = new WatchTarget.Webhook("voice", SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        sandbox.faults().add(new Fault.Slow("ultravox", Duration.ofSeconds(2)), 1);
        TargetFetch fetch = new TargetFetch(new WebhookLister(), new HttpWebhookFetcher());
        engine = new WatchEngine(List.of(hook), WatchSettings.every(Duration.ofMinutes(10)), fetch, new VerdictWatch(mutes), events);
        engine.start();
        Await.until("the first request arrived", () -> requestsTo("/api/webhooks/") == 1, Duration.ofSeconds(10));
        engine.refreshNow();
        engine.refreshNow();
        Await.until("the slow answer came", () -> !events.fetched.isEmpty(), Duration.ofSeconds(20));
        assertEquals(1, requestsTo("/api/webhooks/"));
    }

    @Test
    void eachWaitVariesByUpToATenthSoWatchersDriftApart() {
        WatchTarget.Webhook hook = new WatchTarget.Webhook("voice", SandboxConnections.to(sandbox, "ultravox"), DemoFixtures.ULTRAVOX_HEALTHY);
        TargetFetch fetch = new TargetFetch(new WebhookLister(), new HttpWebhookFetcher());
        java.util.List<Long> at = new java.util.concurrent.CopyOnWriteArrayList<>();
        engine = new WatchEngine(List.of(hook), WatchSettings.every(MINUTE), fetch, new VerdictWatch(mutes), new WatchListener() {
            @Override public void fetched(WebhookUpdate u) { at.add(time.clock.millis()); }
        }, time.clock, time, new Random(11));
        engine.start();
        time.advance(Duration.ofMinutes(20));
        assertTrue(at.size() >= 18, at.toString());
        java.util.Set<Long> gaps = new java.util.HashSet<>();
        for (int i = 1; i < at.size(); i++) {
            long gap = at.get(i) - at.get(i - 1);
            assertTrue(gap >= 54_000 && gap <= 66_000, "60 s give or take 10 %: " + gap);
            gaps.add(gap);
        }
        assertTrue(gaps.size() > 1, "the waits are not all the same");
    }

    @Test
    void anIntervalUnderFifteenSecondsIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WatchSettings.every(Duration.ofSeconds(10)));
        assertEquals("The watch interval must be at least 15 s (was 10 s): more often nears the providers' rate limits and shows nothing new.",
                e.getMessage());
    }
}
