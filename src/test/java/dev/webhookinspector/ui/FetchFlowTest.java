package dev.webhookinspector.ui;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Fetching in demo mode: typing an ID and pressing Enter, bad IDs, cancelling, errors. */
class FetchFlowTest extends FxRobot {
    @TempDir Path home;
    private UiHarness ui;
    private MainViewModel vm;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach void openDemo() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.parse(List.of("--demo")));
        vm = ui.window.viewModel();
    }

    @AfterEach void close() throws Exception {
        ui.close();
    }

    private void choose(String provider) {
        onFx(() -> {
            vm.profileSwitcher().selectedProperty().set(vm.profileSwitcher().profiles().stream()
                    .filter(p -> p.provider().id().value().equals(provider)).findFirst().orElseThrow());
            return null;
        });
    }

    private void typeIdAndPressEnter(String id) {
        clickOn("#webhookIdField");
        onFx(() -> {
            vm.webhookIdProperty().set("");
            return null;
        });
        write(id);
        type(KeyCode.ENTER);
    }

    private String text(String id) {
        return onFx(() -> ((Label) lookup("#" + id).query()).getText());
    }

    @Test void anInvalidIdIsFlaggedInlineAndNothingIsSent() {
        choose("featurebase");
        ui.sandbox().clearRequests();
        typeIdAndPressEnter("not-an-object-id");

        assertTrue(text("idFeedback").contains("is not a Featurebase webhook ID"), text("idFeedback"));
        assertTrue(onFx(() -> lookup(".validation-mark").tryQuery().isPresent()), "the field carries a validation mark");
        assertTrue(text("statusMessage").startsWith("Nothing was sent"));
        assertEquals(List.of(), ui.getRequests(), "no request reached the simulator");
    }

    @Test void enterFetchesAndTheStatusBarShowsTimeDurationAndStatus() {
        choose("v0");
        typeIdAndPressEnter(DemoFixtures.V0_BASIC);
        waitUntil("the fetch finished", () -> vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR && !vm.busyProperty().get(),
                Duration.ofSeconds(10));
        assertEquals("HTTP 200", text("statusHttp"));
        assertTrue(text("statusTime").startsWith("Last fetch "));
        assertTrue(text("statusDuration").endsWith("ms") || text("statusDuration").endsWith(" s"));
        assertFalse(vm.recentIds().list().isEmpty(), "the ID is remembered");
        assertFalse(vm.recentIds().list().getFirst().name().isBlank(), "with the webhook's name");
    }

    @Test void cancellingASlowFetchReturnsToIdleAtOnceAndItsLateAnswerNeverShows() {
        choose("ultravox");
        typeIdAndPressEnter(DemoFixtures.ULTRAVOX_FAULT_SLOW);
        waitUntil("the request is running", () -> vm.busyProperty().get() && !ui.getRequests().isEmpty(), Duration.ofSeconds(10));
        assertTrue(onFx(() -> lookup("#cancelButton").query().isVisible()));

        type(KeyCode.ESCAPE);
        // "At once" without a clock: idle by the time the key press has been handled, with no waiting.
        assertFalse(onFx(() -> vm.busyProperty().get()), "idle as soon as Esc is handled");
        assertTrue(onFx(() -> lookup("#fetchButton").query().isVisible()));
        assertEquals("Cancelled.", text("statusMessage"));

        assertLateAnswerNeverShows();
    }

    @Test void theCancelButtonStopsAFetchToo() {
        choose("v0");
        typeIdAndPressEnter(DemoFixtures.V0_FAULT_SLOW);
        waitUntil("the request is running", () -> vm.busyProperty().get() && !ui.getRequests().isEmpty(), Duration.ofSeconds(10));
        clickOn("#cancelButton");
        assertFalse(onFx(() -> vm.busyProperty().get()), "idle as soon as the click is handled");
        assertEquals("Cancelled.", text("statusMessage"));
        assertLateAnswerNeverShows();
    }

    /** Waits until the cancelled fetch is really over, then checks it was aborted and nothing it returned reached the window. */
    private void assertLateAnswerNeverShows() {
        waitUntil("the cancelled request ended", () -> !ui.fetcher.ended().isEmpty(), Duration.ofSeconds(20));
        Object ended = ui.fetcher.ended().getFirst();
        FetchException aborted = assertInstanceOf(FetchException.class, ended, "the request was aborted, not answered: " + ended);
        assertEquals(dev.webhookinspector.core.problem.ProblemKind.CANCELLED, aborted.kind());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainViewModel.Screen.READY, vm.screenProperty().get(), "nothing half-fetched or late is shown");
        assertEquals("Cancelled.", text("statusMessage"));
    }

    @Test void refreshFetchesTheShownWebhookAgain() {
        choose("featurebase");
        typeIdAndPressEnter(DemoFixtures.FEATUREBASE_HEALTHY);
        waitUntil("fetched", () -> vm.canRefreshProperty().get(), Duration.ofSeconds(10));
        int before = ui.getRequests().size();
        type(KeyCode.F5);
        waitUntil("fetched again", () -> ui.getRequests().size() == before + 1 && !vm.busyProperty().get(), Duration.ofSeconds(10));
        press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil("fetched a third time", () -> ui.getRequests().size() == before + 2 && !vm.busyProperty().get(), Duration.ofSeconds(10));
        assertTrue(onFx(() -> !((Button) lookup("#refreshButton").query()).isDisabled()));
    }

    @Test void aRecentIdCanBePickedFromTheList() {
        choose("v0");
        typeIdAndPressEnter(DemoFixtures.V0_CHAT_SCOPED);
        // v0's list fetches each hook by ID too: the sidebar's list is done before the requests are counted.
        waitUntil("fetched", () -> !vm.recentIds().list().isEmpty() && !vm.busyProperty().get()
                && !vm.sidebar().loadingProperty().get(), Duration.ofSeconds(10));
        int before = ui.getRequests().size();
        onFx(() -> {
            vm.webhookIdProperty().set("");
            return null;
        });
        clickOn("#recentIdsButton");
        // Menu items are not nodes; the entry is found by what it says: the webhook's name and ID.
        clickOn(vm.recentIds().list().getFirst().label());
        waitUntil("fetched from the list", () -> DemoFixtures.V0_CHAT_SCOPED.equals(vm.webhookIdProperty().get())
                && !vm.busyProperty().get() && ui.getRequests().size() == before + 1, Duration.ofSeconds(10));
    }

    @Test void providerIdsAreCheckedPerProfile() {
        choose("ultravox");
        onFx(() -> {
            vm.webhookIdProperty().set(DemoFixtures.FEATUREBASE_HEALTHY);
            return null;
        });
        assertTrue(vm.idProblemProperty().get().contains("Ultravox"));
        choose("featurebase");
        assertEquals("", vm.idProblemProperty().get(), "the same ID is fine for Featurebase");
        assertEquals(Providers.byId("featurebase").orElseThrow(), vm.profileSwitcher().selectedProperty().get().provider());
    }
}
