package dev.webhookinspector.ui;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.main.MainViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

class DemoModeTest extends FxRobot {
    @TempDir Path home;
    private UiHarness ui;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach void close() throws Exception {
        if (ui != null) ui.close();
    }

    @Test void aFirstLaunchOffersTheDemoAndTheDemoShowsAWebhook() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.NONE);
        Node welcome = lookup("#welcomePane").query();
        assertTrue(welcome.isVisible(), "the welcome pane greets a user with no profiles");
        assertTrue(lookup("#addProfileButton").tryQuery().isPresent());

        clickOn("#exploreDemoButton");
        waitUntil("the demo is ready", () -> ui.window.viewModel().demo().activeProperty().get(), Duration.ofSeconds(10));

        assertFalse(welcome.isVisible());
        assertTrue(lookup("#demoWebhooksButton").query().isVisible(), "a Demo indicator shows");
        ComboBox<?> switcher = lookup("#profileSwitcher").query();
        assertEquals(3, switcher.getItems().size(), "one demo profile per provider");
        assertEquals("Ultravox demo", ((dev.webhookinspector.ui.profiles.ProfileChoice) switcher.getValue()).name());

        clickOn("#demoWebhook-ultravox-0");
        waitUntil("the webhook is shown", () -> ui.window.viewModel().screenProperty().get() == MainViewModel.Screen.INSPECTOR,
                Duration.ofSeconds(10));
        assertTrue(onFx(() -> ((Label) lookup("#statusHttp").query()).getText()).contains("200"));
        assertFalse(Files.exists(home.resolve("profiles.json")) && Files.readString(home.resolve("profiles.json")).contains("demo"),
                "demo profiles are never saved");
    }

    @Test void theDemoFlagOpensStraightIntoTheDemoAndOpensTheGivenWebhook() throws Exception {
        ui = new UiHarness(home, Map.of());
        LaunchOptions options = LaunchOptions.parse(List.of("--demo", "--open", "featurebase:" + DemoFixtures.FEATUREBASE_HEALTHY));
        ui.open(options);
        MainViewModel vm = ui.window.viewModel();
        assertTrue(vm.demo().activeProperty().get());
        assertEquals(MainViewModel.Screen.INSPECTOR, vm.screenProperty().get());
        assertEquals("featurebase", vm.profileSwitcher().selectedProperty().get().provider().id());
        assertEquals(1, ui.sandbox().requests().size());
    }
}
