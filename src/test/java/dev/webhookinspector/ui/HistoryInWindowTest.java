package dev.webhookinspector.ui;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The whole window: a saved profile's webhook fetched twice, changed in between, and the change in the header and the History tab. */
class HistoryInWindowTest extends FxRobot {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ID = DemoFixtures.ULTRAVOX_FAILING;
    @TempDir Path home;
    private Sandbox sandbox;
    private UiHarness ui;
    private MainViewModel vm;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach void open() throws Exception {
        sandbox = Sandbox.start(0);
        ui = new UiHarness(home, Map.of("UV_KEY", sandbox.demoKey("ultravox")));
        ui.profiles.add(new Profile("uv", new ProviderId("ultravox"), sandbox.baseUrl("ultravox"), Map.of(), "", KeyRef.env("UV_KEY")), Optional.empty());
        ui.open(LaunchOptions.NONE);
        vm = ui.window.viewModel();
        onFx(() -> {
            vm.profilesChanged("uv");
            return null;
        });
        waitUntil("the saved profile is selected", () -> vm.profileSwitcher().selectedProperty().get() != null
                && vm.profileSwitcher().selectedProperty().get().name().equals("uv"), WAIT);
    }

    @AfterEach void close() throws Exception {
        ui.close();
        sandbox.close();
    }

    /** The first fetch is typed as a user would; Refresh fetches it again. */
    private void fetch() {
        if (vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR) {
            onFx(() -> {
                vm.refresh();
                return null;
            });
        } else {
            clickOn("#webhookIdField").write(ID).type(KeyCode.ENTER);
        }
        waitUntil("the fetch finished", () -> !vm.busyProperty().get() && vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR
                && vm.fetchCommand().outcomeProperty().get() != null, WAIT);
    }

    @Test void aSavedProfilesFetchesAreRecordedAndTheSecondSaysWhatChanged() {
        fetch();
        assertTrue(Files.exists(home.resolve("history.db")), "the fetch was recorded in the data folder the environment names");
        sandbox.change("ultravox", ID, w -> w.put("url", "https://new-host.acme-voice.example/hooks"));
        fetch();
        waitUntil("the header says what changed", () -> lookup("#headerChanges").query().isVisible(), WAIT);
        String said = onFx(() -> lookup("#headerChanges").queryAs(Labeled.class).getTooltip().getText());
        assertTrue(said.contains("URL: https://support-bot.acme-voice.example/webhooks/ultravox → https://new-host.acme-voice.example/hooks"), said);

        clickOn("#historyTab");
        waitUntil("the history is shown", () -> lookup("#historyContent").query().isVisible(), WAIT);
        @SuppressWarnings("unchecked")
        List<String> diff = onFx(() -> List.copyOf(lookup("#historyDiff").queryAs(ListView.class).getItems()));
        assertTrue(diff.stream().anyMatch(d -> d.startsWith("URL: ")), diff.toString());
        assertFalse(onFx(() -> lookup("#headerHistoryNote").query().isVisible()), "no store warning");
    }
}
