package dev.webhookinspector.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.ManualTaskRunner;
import dev.webhookinspector.ui.demo.SandboxDemo;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import dev.webhookinspector.ui.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetch command with a task runner the test controls: every answer arrives exactly when the test
 * says, so cancelling and late answers are checked without clocks. HTTP goes to the real simulator.
 */
class FetchCommandTest {
    @TempDir Path home;
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final SimpleBooleanProperty otherWork = new SimpleBooleanProperty(false);
    /** What the inspector was given, in order: snapshots and errors. */
    private final List<Object> shown = new ArrayList<>();
    private final List<Runnable> retries = new ArrayList<>();
    private ProfileService profiles;
    private SandboxDemo demo;
    private ProfileChoice ultravox;
    private FetchCommand fetch;

    private final ResultSink inspector = new ResultSink() {
        @Override public void show(FetchResult result) { shown.add(result); }

        @Override public void showError(FetchException error, Runnable retry) {
            shown.add(error);
            retries.add(retry);
        }

        @Override public void clear() { shown.clear(); }
    };

    @BeforeEach void setUp() throws Exception {
        Map<String, String> env = Map.of(ProfileServices.HOME_VARIABLE, home.toString());
        profiles = ProfileServices.open(env, PassphrasePrompt.fromEnvironmentOrConsole(env));
        demo = SandboxDemo.start();
        ultravox = demo.profiles().stream().filter(p -> p.provider().id().value().equals("ultravox")).findFirst().orElseThrow();
        AppServices services = new AppServices(profiles, new HttpWebhookFetcher(), SettingsStore.inHome(home), () -> demo,
                runner, env, false);
        fetch = new FetchCommand(services, inspector, otherWork);
    }

    @AfterEach void tearDown() {
        demo.close();
        profiles.close();
    }

    private FetchCommand.Target target(String id) {
        return new FetchCommand.Target(ultravox, id);
    }

    private String shownId(int i) {
        return ((FetchResult) shown.get(i)).snapshot().id();
    }

    @Test void aFetchRunsUntilItsAnswerArrivesThenShowsTheWebhook() {
        fetch.run(target(DemoFixtures.ULTRAVOX_HEALTHY), null);
        assertTrue(fetch.runningProperty().get());
        assertFalse(fetch.canRunProperty().get(), "no second fetch while one runs");
        assertTrue(fetch.messageProperty().get().startsWith("Fetching " + DemoFixtures.ULTRAVOX_HEALTHY));
        assertTrue(shown.isEmpty());

        runner.completeNext();

        assertFalse(fetch.runningProperty().get());
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, shownId(0));
        FetchCommand.Fetched outcome = assertInstanceOf(FetchCommand.Fetched.class, fetch.outcomeProperty().get());
        assertEquals(200, outcome.httpStatus());
        assertTrue(outcome.summary().startsWith("Fetched "), outcome.summary());
        assertEquals(target(DemoFixtures.ULTRAVOX_HEALTHY), fetch.lastTargetProperty().get(), "Refresh fetches it again");
    }

    @Test void cancellingStopsTheRequestAndItsLateResultIsDropped() {
        fetch.run(target(DemoFixtures.ULTRAVOX_HEALTHY), () -> shown.add("then"));
        ManualTaskRunner.Pending<?> first = runner.job(0);

        assertTrue(fetch.cancel());
        assertTrue(first.cancelled(), "the worker is told to stop");
        assertFalse(fetch.runningProperty().get(), "idle at once");
        assertTrue(fetch.canRunProperty().get());

        first.complete();

        assertEquals(List.of(), shown, "neither the late snapshot nor the follow-up reaches the window");
        assertNull(fetch.outcomeProperty().get());
        assertNull(fetch.lastTargetProperty().get());
    }

    @Test void aLateFailureAfterACancelIsDroppedToo() {
        fetch.run(target(DemoFixtures.ULTRAVOX_HEALTHY), null);
        fetch.cancel();
        runner.failNext(new IOException("connection reset"));

        assertEquals(List.of(), shown, "no error panel for a fetch the user stopped");
        assertNull(fetch.outcomeProperty().get());
    }

    @Test void theFirstFetchsLateResultNeverOverwritesASecondFetchStartedAfterACancel() {
        fetch.run(target(DemoFixtures.ULTRAVOX_HEALTHY), null);
        ManualTaskRunner.Pending<?> first = runner.job(0);
        fetch.cancel();
        fetch.run(target(DemoFixtures.ULTRAVOX_FAILING), null);
        ManualTaskRunner.Pending<?> second = runner.job(1);

        first.complete();
        assertTrue(shown.isEmpty(), "the first answer arrives while the second runs and is dropped");
        assertTrue(fetch.runningProperty().get(), "the second fetch still runs");

        second.complete();
        assertEquals(1, shown.size());
        assertEquals(DemoFixtures.ULTRAVOX_FAILING, shownId(0));
        assertEquals(DemoFixtures.ULTRAVOX_FAILING, fetch.outcomeProperty().get().target().id());
    }

    @Test void aLateResultArrivingAfterTheSecondFetchFinishedChangesNothing() {
        fetch.run(target(DemoFixtures.ULTRAVOX_HEALTHY), null);
        ManualTaskRunner.Pending<?> first = runner.job(0);
        fetch.cancel();
        fetch.run(target(DemoFixtures.ULTRAVOX_FAILING), null);
        runner.job(1).complete();
        FetchCommand.Outcome second = fetch.outcomeProperty().get();

        first.complete();

        assertEquals(1, shown.size());
        assertEquals(DemoFixtures.ULTRAVOX_FAILING, shownId(0));
        assertSame(second, fetch.outcomeProperty().get());
        assertEquals(DemoFixtures.ULTRAVOX_FAILING, fetch.lastTargetProperty().get().id(), "Refresh fetches the second webhook");
    }

    @Test void aFailureGoesToTheErrorPanelAndItsRetryFetchesTheSameWebhookAgain() {
        fetch.run(target(DemoFixtures.ULTRAVOX_FAULT_NOT_FOUND), null);
        runner.completeNext();

        FetchException error = assertInstanceOf(FetchException.class, shown.getFirst());
        assertEquals(dev.webhookinspector.core.problem.ProblemKind.NOT_FOUND, error.kind());
        FetchCommand.Failed outcome = assertInstanceOf(FetchCommand.Failed.class, fetch.outcomeProperty().get());
        assertEquals(404, outcome.httpStatus());
        assertEquals(error.problem().summary(), outcome.summary(), "the status bar says what the error panel says");
        assertSame(error, outcome.error(), "the exception is passed on as thrown");

        int requests = demo.sandbox().requests().size();
        retries.getFirst().run();
        assertTrue(fetch.runningProperty().get());
        runner.completeNext();
        assertEquals(requests + 1, demo.sandbox().requests().size());
        assertTrue(demo.sandbox().requests().getLast().path().endsWith(DemoFixtures.ULTRAVOX_FAULT_NOT_FOUND));
    }

    @Test void aFetchWaitsWhileOtherWorkRuns() {
        otherWork.set(true);
        assertFalse(fetch.canRunProperty().get());
        fetch.run(target(DemoFixtures.ULTRAVOX_HEALTHY), null);
        assertEquals(0, runner.waiting(), "nothing was started while the demo starts");
        assertFalse(fetch.cancel(), "nothing to cancel");
    }

    @Test void forgettingEmptiesTheInspectorAndDisablesRefresh() {
        fetch.run(target(DemoFixtures.ULTRAVOX_HEALTHY), null);
        runner.completeNext();
        fetch.forget();
        assertEquals(List.of(), shown);
        assertNull(fetch.lastTargetProperty().get());
    }
}
