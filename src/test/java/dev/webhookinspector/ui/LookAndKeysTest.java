package dev.webhookinspector.ui;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.webhookinspector.ui.settings.Settings;
import dev.webhookinspector.ui.settings.WindowGeometry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Theme switching, remembered settings, shortcuts and accessible names. */
class LookAndKeysTest extends FxRobot {
    @TempDir Path home;
    private UiHarness ui;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach void close() throws Exception {
        if (ui != null) ui.close();
    }

    @Test void theThemeToggleSwitchesLightAndDarkAndIsRemembered() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.settingsStore.save(Settings.DEFAULTS.withTheme(ThemeMode.LIGHT));
        ui.open(LaunchOptions.NONE);
        assertEquals(new PrimerLight().getUserAgentStylesheet(), onFx(Application::getUserAgentStylesheet));

        clickOn("#themeToggle");
        assertEquals(new PrimerDark().getUserAgentStylesheet(), onFx(Application::getUserAgentStylesheet));
        waitUntil("the choice is saved", () -> ui.settingsStore.load().theme() == ThemeMode.DARK, Duration.ofSeconds(5));
        assertEquals("Switch to the light theme", onFx(() -> lookup("#themeToggle").query().getAccessibleText()));

        clickOn("#themeToggle");
        assertEquals(new PrimerLight().getUserAgentStylesheet(), onFx(Application::getUserAgentStylesheet));
    }

    @Test void aThemeFlagAppliesForThisRunOnly() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.parse(List.of("--theme", "dark")));
        assertTrue(ui.window.viewModel().settings().darkProperty().get());
        assertEquals(ThemeMode.SYSTEM, ui.settingsStore.load().theme());
    }

    @Test void windowSizeAndPositionAreRestored() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.settingsStore.save(Settings.DEFAULTS.withWindow(new WindowGeometry(30, 40, 1100, 700, false)));
        ui.open(LaunchOptions.NONE);
        assertEquals(1100, ui.window.scene().getWidth(), 1);
        assertEquals(700, ui.window.scene().getHeight(), 1);
        assertEquals(30, ui.window.stage().getX(), 1);
    }

    @Test void f1AndQuestionMarkShowTheShortcutsAndEscClosesThem() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.parse(List.of("--demo")));
        type(KeyCode.F1);
        assertTrue(lookup("#helpOverlay").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(onFx(() -> lookup(".kbd").queryAll().stream().anyMatch(n -> ((Labeled) n).getText().equals("F5"))));
        type(KeyCode.ESCAPE);
        waitUntil("the overlay closed", () -> !ui.window.overlays().dialogOpen(), Duration.ofSeconds(3));

        clickOn("#readyPane");
        write("?");
        assertTrue(ui.window.overlays().dialogOpen(), "? outside a text field opens the list");
        clickOn("#closeHelpButton");
        waitUntil("closed", () -> !ui.window.overlays().dialogOpen(), Duration.ofSeconds(3));

        press(KeyCode.CONTROL).press(KeyCode.L).release(KeyCode.L).release(KeyCode.CONTROL);
        assertEquals("webhookIdField", onFx(() -> ui.window.scene().getFocusOwner().getId()));
    }

    @Test void everyIconOnlyButtonHasAnAccessibleName() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.parse(List.of("--demo")));
        List<String> unnamed = onFx(() -> lookup(n -> n instanceof ButtonBase b && (b.getText() == null || b.getText().isBlank()))
                .queryAll().stream()
                .filter(n -> n.getAccessibleText() == null || n.getAccessibleText().isBlank())
                .map(n -> String.valueOf(n.getId())).toList());
        assertEquals(List.of(), unnamed);
        assertNotNull(lookup("#themeToggle").query().getAccessibleText());
        assertFalse(lookup("#helpButton").query().getAccessibleText().isBlank());
    }
}
