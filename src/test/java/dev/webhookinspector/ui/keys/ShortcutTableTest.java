package dev.webhookinspector.ui.keys;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.LaunchOptions;
import dev.webhookinspector.ui.UiHarness;
import dev.webhookinspector.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The shortcut table is the truth: its keys act in the window, and the help and the tooltips say exactly its keys. */
class ShortcutTableTest extends FxRobot {
    private static final Duration WAIT = Duration.ofSeconds(10);
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

    @Test void everyKeyOfTheTableDoesWhatTheTableSays() {
        // A fetched webhook first: Refresh, Find and the recent IDs need one.
        clickOn("#webhookIdField");
        fetchInTheField(Shortcut.FETCH.keys().getFirst());
        // Quit last, since it closes the window.
        List<Shortcut> all = Stream.of(Shortcut.values()).sorted(Comparator.comparing(s -> s == Shortcut.QUIT)).toList();
        for (Shortcut s : all) {
            for (KeyCombination key : s.keys()) {
                String what = key.getDisplayText() + " (" + s + ": " + s.label() + ")";
                // A switch expression: a new entry in the table does not compile here until it is checked.
                Runnable check = switch (s) {
                    case FETCH -> () -> fetchInTheField(key);
                    case REFRESH -> () -> {
                        int before = ui.getRequests().size();
                        press(key);
                        waitUntil(what + " fetched again", () -> ui.getRequests().size() == before + 1
                                && !vm.busyProperty().get(), WAIT);
                    };
                    case CANCEL -> () -> {
                        onFx(() -> {
                            ui.window.view().showHelp();
                            return null;
                        });
                        press(key);
                        waitUntil(what + " closed the dialog", () -> !ui.window.overlays().dialogOpen(), WAIT);
                    };
                    case FOCUS_ID -> () -> {
                        focus("refreshButton");
                        press(key);
                        waitUntil(what + " focused the ID field", () -> "webhookIdField".equals(focusOwner()), WAIT);
                    };
                    case RECENT_IDS -> () -> {
                        focus("webhookIdField");
                        press(key);
                        waitUntil(what + " opened the recent IDs", () -> recentMenu() != null, WAIT);
                        onFx(() -> {
                            recentMenu().hide();
                            return null;
                        });
                    };
                    case FIND -> () -> {
                        focus("inspectorTabs");
                        press(key);
                        waitUntil(what + " went to the raw JSON search", () -> "rawSearch".equals(focusOwner()), WAIT);
                    };
                    case COPY_VALUE -> () -> {
                        onFx(() -> {
                            javafx.scene.control.TabPane tabs = lookup("#inspectorTabs").query();
                            tabs.getSelectionModel().select(1);
                            return null;
                        });
                        javafx.scene.control.TreeTableView<?> fields = lookup("#fieldsTable").query();
                        onFx(() -> {
                            fields.getSelectionModel().select(1);
                            fields.requestFocus();
                            return null;
                        });
                        waitUntil("the fields table has the focus", () -> "fieldsTable".equals(focusOwner()), WAIT);
                        press(key);
                        waitUntil(what + " copied the field's value", () -> onFx(() -> {
                            javafx.scene.Node notice = lookup("#inspectorNotice").query();
                            return notice instanceof javafx.scene.control.Labeled l && l.getText().endsWith(" copied");
                        }), WAIT);
                        onFx(() -> {
                            javafx.scene.control.TabPane tabs = lookup("#inspectorTabs").query();
                            tabs.getSelectionModel().select(0);
                            return null;
                        });
                    };
                    case FOCUS_SIDEBAR -> () -> {
                        focus("refreshButton");
                        press(key);
                        waitUntil(what + " focused the sidebar's filter", () -> "sidebarFilter".equals(focusOwner()), WAIT);
                    };
                    case TOGGLE_SIDEBAR -> () -> {
                        focus("refreshButton");
                        press(key);
                        waitUntil(what + " hid the sidebar", () -> !lookup("#sidebar").query().isVisible(), WAIT);
                        press(key);
                        waitUntil(what + " showed the sidebar again", () -> lookup("#sidebar").query().isVisible(), WAIT);
                    };
                    case BOARD -> () -> {
                        focus("refreshButton");
                        press(key);
                        waitUntil(what + " showed the board", () -> lookup("#board").tryQuery().map(Node::isVisible).orElse(false)
                                && lookup("#boardHolder").query().isVisible(), WAIT);
                        press(key);
                        waitUntil(what + " hid the board", () -> !lookup("#boardHolder").query().isVisible(), WAIT);
                    };
                    case SWITCH_PROFILE -> () -> {
                        focus("refreshButton");
                        press(key);
                        ComboBox<?> switcher = lookup("#profileSwitcher").query();
                        waitUntil(what + " opened the profile list", switcher::isShowing, WAIT);
                        onFx(() -> {
                            switcher.hide();
                            return null;
                        });
                    };
                    case NEW_PROFILE -> () -> {
                        press(key);
                        waitUntil(what + " opened the profile form", () -> lookup("#profileEditor").tryQuery().isPresent(), WAIT);
                        closeOverlays();
                    };
                    case MANAGE_PROFILES -> () -> {
                        press(key);
                        waitUntil(what + " opened the profiles sheet", () -> lookup("#profilesList").tryQuery().map(Node::isVisible).orElse(false), WAIT);
                        closeOverlays();
                    };
                    case TOGGLE_THEME -> () -> {
                        boolean dark = onFx(() -> vm.settings().darkProperty().get());
                        press(key);
                        waitUntil(what + " switched the theme", () -> vm.settings().darkProperty().get() != dark, WAIT);
                    };
                    case HELP -> () -> {
                        focus("refreshButton");
                        press(key);
                        waitUntil(what + " showed the shortcuts", () -> {
                            Node top = ui.window.overlays().dialogContent();
                            return top != null && "helpOverlay".equals(top.getId());
                        }, WAIT);
                        closeOverlays();
                    };
                    case NEXT_CONTROL -> () -> {
                        focus("webhookIdField");
                        press(key);
                        waitUntil(what + " moved the focus", () -> !"webhookIdField".equals(focusOwner()), WAIT);
                    };
                    case QUIT -> () -> {
                        press(key);
                        waitUntil(what + " closed the window", () -> !ui.window.stage().isShowing(), WAIT);
                    };
                };
                check.run();
            }
        }
    }

    @Test void theHelpListsExactlyTheTableAndTooltipsShowItsKeys() {
        clickOn("#readyPane");
        press(Shortcut.HELP.keys().getFirst());
        waitUntil("the shortcuts are shown", () -> lookup("#helpOverlay").tryQuery().isPresent(), WAIT);

        assertEquals(Shortcut.values().length, onFx(() -> lookup(n -> n.getId() != null && n.getId().startsWith("shortcutLabel-")).queryAll().size()),
                "one row per entry of the table, no more");
        for (Shortcut s : Shortcut.values()) {
            assertEquals(s.label(), onFx(() -> ((Label) lookup("#shortcutLabel-" + s.name()).query()).getText()));
            assertEquals(s.keyTexts(), onFx(() -> kbdTexts(lookup("#shortcutKeys-" + s.name()).query())), s + " shows its keys");
        }

        String tooltip = onFx(() -> ((ButtonBase) lookup("#refreshButton").query()).getTooltip().getText());
        assertEquals("Refresh the webhook shown (" + Shortcut.REFRESH.keyText() + ")", tooltip);
    }

    @Test void keysWithAModifierUseThePlatformsShortcutKey() {
        String platformR = KeyCombination.valueOf("Shortcut+R").getDisplayText();
        boolean mac = System.getProperty("os.name", "").startsWith("Mac");
        assertEquals(mac ? "⌘R" : "Ctrl+R", platformR);

        press(Shortcut.HELP.keys().getFirst());
        waitUntil("the shortcuts are shown", () -> lookup("#helpOverlay").tryQuery().isPresent(), WAIT);
        assertTrue(onFx(() -> kbdTexts(lookup("#shortcutKeys-REFRESH").query())).contains(platformR), "the help says " + platformR);
        assertTrue(onFx(() -> ((ButtonBase) lookup("#refreshButton").query()).getTooltip().getText()).contains(platformR),
                "the tooltip says " + platformR);
        // Ctrl or Meta written into the table would be the wrong key on the other platforms.
        for (Shortcut s : Shortcut.values()) {
            for (KeyCombination k : s.keys()) {
                assertEquals(KeyCombination.ModifierValue.UP, k.getControl(), s + " uses Ctrl instead of Shortcut");
                assertEquals(KeyCombination.ModifierValue.UP, k.getMeta(), s + " uses Meta instead of Shortcut");
            }
        }
    }

    private void fetchInTheField(KeyCombination enter) {
        focus("webhookIdField");
        onFx(() -> {
            vm.webhookIdProperty().set(DemoFixtures.ULTRAVOX_HEALTHY);
            return null;
        });
        int before = ui.getRequests().size();
        press(enter);
        waitUntil(enter.getDisplayText() + " in the ID field fetched", () -> ui.getRequests().size() == before + 1
                && !vm.busyProperty().get() && vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR, WAIT);
    }

    private void press(KeyCombination key) {
        if (key instanceof KeyCharacterCombination c) write(c.getCharacter());
        else push((KeyCodeCombination) key);
    }

    private void focus(String id) {
        onFx(() -> {
            lookup("#" + id).query().requestFocus();
            return null;
        });
        waitUntil(id + " has the focus", () -> id.equals(focusOwner()), WAIT);
    }

    private String focusOwner() {
        Node owner = ui.window.scene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private void closeOverlays() {
        onFx(() -> {
            while (ui.window.overlays().closeTop()) {
                // every layer, topmost first
            }
            return null;
        });
        waitUntil("the overlays closed", () -> !ui.window.overlays().openProperty().get(), WAIT);
    }

    private static ContextMenu recentMenu() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && "recentIdsMenu".equals(m.getId()) && m.isShowing())
                .map(ContextMenu.class::cast).findFirst().orElse(null);
    }

    private static List<String> kbdTexts(HBox keys) {
        return keys.getChildren().stream().filter(n -> n.getStyleClass().contains("kbd")).map(n -> ((Label) n).getText()).toList();
    }
}
