package dev.webhookinspector.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.notify.RecordingNotifier;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.watch.ManualScheduler;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.InlineTaskRunner;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watched board: rows follow the provider, a verdict change notifies once, a muted webhook does not, a click opens. */
class BoardWatchTest {
    private Sandbox sandbox;
    private ManualScheduler time;
    private RecordingNotifier notifier;
    private BoardViewModel board;
    private BoardWatch watch;
    private final List<String> opened = new ArrayList<>();

    @BeforeEach void start() throws Exception {
        sandbox = Sandbox.start(0);
        time = new ManualScheduler();
        notifier = new RecordingNotifier();
        InlineTaskRunner runner = new InlineTaskRunner();
        board = new BoardViewModel(runner, p -> ((ProfileChoice.Demo) p).connection(), new WebhookLister(),
                (p, r) -> opened.add(r.snapshot().id()));
        Provider fb = Providers.byId("featurebase").orElseThrow();
        board.setProfiles(List.of(new ProfileChoice.Demo("Featurebase demo", fb,
                new Connection(fb, sandbox.baseUrl("featurebase"), Map.of(), new ApiKey(sandbox.demoKey("featurebase")), null))));
        watch = new BoardWatch(board, p -> ((ProfileChoice.Demo) p).connection(), new HttpWebhookFetcher(), runner, () -> notifier,
                time.clock, time);
    }

    @AfterEach void stop() {
        watch.close();
        sandbox.close();
    }

    private Verdict verdictOf(String id) {
        return board.allRows().stream().filter(r -> r.result() != null && r.result().snapshot().id().equals(id))
                .findFirst().orElseThrow().verdict().orElseThrow();
    }

    @Test void aFlipToFailingNotifiesOnceAndItsRecoveryOnceAndTheRowFollows() {
        watch.start();
        time.advance(Duration.ZERO);
        assertEquals(Verdict.HEALTHY, verdictOf(DemoFixtures.FEATUREBASE_HEALTHY));
        assertTrue(notifier.shown().isEmpty(), "the first look never notifies");

        sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_FAILING);
        time.advance(Duration.ofSeconds(70));
        assertEquals(Verdict.FAILING, verdictOf(DemoFixtures.FEATUREBASE_HEALTHY));
        time.advance(Duration.ofSeconds(70));
        assertEquals(1, notifier.shown().size(), "one notification for one change, not one per refresh");
        assertTrue(watch.lastChangeProperty().get().contains("failing"), watch.lastChangeProperty().get());

        sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_HEALTHY);
        time.advance(Duration.ofSeconds(70));
        assertEquals(2, notifier.shown().size());
        assertEquals(Verdict.HEALTHY, verdictOf(DemoFixtures.FEATUREBASE_HEALTHY));

        notifier.click(notifier.shown().getLast().webhook());
        assertEquals(List.of(DemoFixtures.FEATUREBASE_HEALTHY), opened, "clicking the notification opens that webhook");
    }

    @Test void aMutedWebhookKeepsUpdatingButDoesNotNotify() {
        watch.start();
        time.advance(Duration.ZERO);
        BoardRow row = board.allRows().stream().filter(r -> r.result() != null
                && r.result().snapshot().id().equals(DemoFixtures.FEATUREBASE_HEALTHY)).findFirst().orElseThrow();
        assertTrue(watch.toggleMute(row));

        sandbox.showAs("featurebase", DemoFixtures.FEATUREBASE_HEALTHY, DemoFixtures.FEATUREBASE_FAILING);
        time.advance(Duration.ofSeconds(70));
        assertEquals(Verdict.FAILING, verdictOf(DemoFixtures.FEATUREBASE_HEALTHY));
        assertTrue(notifier.shown().isEmpty());
    }

    @Test void aSavedProfilesLoadAndRefreshesAreRecordedAndADemosAreNot() {
        List<String> recorded = java.util.Collections.synchronizedList(new ArrayList<>());
        dev.webhookinspector.ui.list.SnapshotRecorder recorder = (profile, r) -> {
            recorded.add(profile + ":" + r.snapshot().id());
            return List.of();
        };
        board.setRecorder(recorder);
        watch.setRecorder(recorder);
        watch.start();
        time.advance(Duration.ZERO);
        board.refresh(() -> { });
        assertTrue(recorded.isEmpty(), "a demo profile is not saved, so nothing of it is recorded: " + recorded);

        Provider fb = Providers.byId("featurebase").orElseThrow();
        Connection c = new Connection(fb, sandbox.baseUrl("featurebase"), Map.of(), new ApiKey(sandbox.demoKey("featurebase")), null);
        ProfileChoice saved = new ProfileChoice.Saved(new dev.webhookinspector.core.profile.Profile("fb", fb.descriptor().id(),
                sandbox.baseUrl("featurebase"), Map.of(), "", dev.webhookinspector.core.profile.KeyRef.env("FB_KEY")), fb);
        BoardViewModel savedBoard = new BoardViewModel(new InlineTaskRunner(), p -> c, new WebhookLister(), (p, r) -> { });
        savedBoard.setProfiles(List.of(saved));
        savedBoard.setRecorder(recorder);
        savedBoard.refresh(() -> { });
        assertTrue(recorded.contains("fb:" + DemoFixtures.FEATUREBASE_HEALTHY), "the board's load is recorded: " + recorded);

        recorded.clear();
        BoardWatch savedWatch = new BoardWatch(savedBoard, p -> c, new HttpWebhookFetcher(), new InlineTaskRunner(), () -> notifier,
                time.clock, time);
        savedWatch.setRecorder(recorder);
        savedWatch.start();
        time.advance(Duration.ofSeconds(70));
        savedWatch.close();
        assertTrue(recorded.contains("fb:" + DemoFixtures.FEATUREBASE_HEALTHY), "each refresh of the watch is recorded: " + recorded);
    }
}
