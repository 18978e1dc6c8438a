package dev.webhookinspector.ui.board;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.LaunchOptions;
import dev.webhookinspector.ui.UiHarness;
import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.ui.main.MainViewModel;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The board and the sidebar in the real window, against the simulator over loopback. */
class BoardWindowTest extends FxRobot {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir Path home;
    private UiHarness ui;
    private Sandbox own;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach void close() throws Exception {
        if (ui != null) ui.close();
        if (own != null) own.close();
    }

    private MainViewModel openDemoBoard() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.parse(List.of("--demo", "--open", "board")));
        return ui.window.viewModel();
    }

    @SuppressWarnings("unchecked")
    private TableView<BoardRow> table() {
        return lookup("#boardTable").query();
    }

    private List<BoardRow> rowsShown() {
        return onFx(() -> List.copyOf(table().getItems()));
    }

    private String text(String id) {
        return onFx(() -> lookup("#" + id).queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).findFirst().orElse(""));
    }

    @Test void theDemoBoardListsEveryWebhookOfTheDemoProfilesAndTheBigAccountFailingFirst() throws Exception {
        MainViewModel vm = openDemoBoard();
        assertTrue(lookup("#board").query().isVisible(), "--open board opens the board");
        List<ProfileChoice> profiles = onFx(() -> List.copyOf(vm.board().profiles()));
        assertEquals(4, profiles.size(), "the three demo profiles and the account big enough to page");

        Set<String> expected = new HashSet<>();
        for (ProfileChoice p : profiles) {
            for (FetchResult r : new WebhookLister().list(((ProfileChoice.Demo) p).connection()).webhooks()) {
                expected.add(p.name() + " " + r.snapshot().id());
            }
        }
        List<BoardRow> rows = rowsShown();
        Set<String> shown = new HashSet<>();
        for (BoardRow r : rows) shown.add(r.profile().name() + " " + r.snapshot().orElseThrow().id());
        assertEquals(expected, shown, "every webhook of every demo profile, once");
        assertEquals(DemoFixtures.BULK_WEBHOOKS, rows.stream().filter(r -> r.profile().name().contains("250")).count());
        assertTrue(shown.contains("Featurebase demo " + DemoFixtures.FEATUREBASE_FAILING));

        int firstOther = 0;
        while (rows.get(firstOther).verdict().orElseThrow() == Verdict.FAILING) firstOther++;
        assertTrue(firstOther > 0, "a failing webhook comes first");
        assertTrue(rows.subList(firstOther, rows.size()).stream().noneMatch(r -> r.verdict().orElseThrow() == Verdict.FAILING),
                "no failing webhook after the first that is not failing");
        assertTrue(text("boardSummary").startsWith(rows.size() + " webhooks in 4 profiles"), text("boardSummary"));
        for (int i = 0; i < 4; i++) {
            assertTrue(text("boardProfileProgress-" + i).endsWith("webhooks"), "each profile says how many it loaded: " + text("boardProfileProgress-" + i));
        }
    }

    @Test void theFiltersNarrowTheBoardByTextVerdictAndProvider() throws Exception {
        openDemoBoard();
        int all = rowsShown().size();
        clickOn("#boardFilter").write("crm bridge");
        waitUntil("only the matching webhook shows", () -> table().getItems().size() == 1, WAIT);
        assertEquals("CRM bridge", rowsShown().getFirst().name());

        onFx(() -> {
            ((javafx.scene.control.TextField) lookup("#boardFilter").query()).clear();
            ((ComboBox<Verdict>) lookup("#boardVerdictFilter").query()).setValue(Verdict.PAUSED);
            return null;
        });
        List<BoardRow> paused = rowsShown();
        assertFalse(paused.isEmpty());
        assertTrue(paused.size() < all);
        assertTrue(paused.stream().allMatch(r -> r.verdict().orElseThrow() == Verdict.PAUSED), "only paused webhooks");

        onFx(() -> {
            ((ComboBox<Verdict>) lookup("#boardVerdictFilter").query()).setValue(null);
            ((ComboBox<dev.webhookinspector.core.provider.Provider>) lookup("#boardProviderFilter").query())
                    .setValue(Providers.byId("v0").orElseThrow());
            return null;
        });
        List<BoardRow> v0 = rowsShown();
        assertFalse(v0.isEmpty());
        assertTrue(v0.stream().allMatch(r -> r.profile().provider().id().value().equals("v0")), "only v0's webhooks");
        assertTrue(text("boardSummary").contains("(" + v0.size() + " shown)"), text("boardSummary"));
    }

    @Test void doubleClickingARowShowsThatWebhookInTheInspectorWithoutFetchingItAgain() throws Exception {
        MainViewModel vm = openDemoBoard();
        clickOn("#boardFilter").write("CRM bridge");
        waitUntil("one row", () -> table().getItems().size() == 1, WAIT);
        Node row = onFx(() -> lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && !r.isEmpty()).findFirst().orElseThrow());
        doubleClickOn(row);
        waitUntil("the inspector shows the webhook", () -> vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR
                && !vm.boardShownProperty().get(), WAIT);
        assertEquals("CRM bridge", text("inspectorTitle"));
        assertEquals("Featurebase demo", vm.profileSwitcher().selectedProperty().get().name(), "the profile switched to the row's");
        assertEquals(DemoFixtures.FEATUREBASE_FAILING, vm.webhookIdProperty().get());
        assertTrue(ui.getRequests().stream().noneMatch(r -> r.path().contains(DemoFixtures.FEATUREBASE_FAILING)),
                "the board's answer was shown, no second request");
    }

    @Test void enterOnTheSelectedRowOpensIt() throws Exception {
        MainViewModel vm = openDemoBoard();
        clickOn("#boardFilter").write("Changelog to Slack");
        waitUntil("one row", () -> table().getItems().size() == 1, WAIT);
        onFx(() -> {
            table().requestFocus();
            table().getSelectionModel().selectFirst();
            return null;
        });
        waitUntil("the table has the focus", () -> ui.window.scene().getFocusOwner() == table(), WAIT);
        type(KeyCode.ENTER);
        waitUntil("the inspector shows the webhook", () -> vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR
                && !vm.boardShownProperty().get(), WAIT);
        assertEquals("Changelog to Slack", text("inspectorTitle"));
        assertEquals(DemoFixtures.FEATUREBASE_PAUSED, vm.webhookIdProperty().get());
    }

    @Test void aProfileWithAWrongKeyShowsItsProblemOnItsRowWhileTheOthersLoad() throws Exception {
        own = Sandbox.start(0);
        ui = new UiHarness(home, Map.of("GOOD_UV", own.demoKey("ultravox"), "GOOD_FB", own.demoKey("featurebase"),
                "WRONG_UV", "Wrong123.abcdefghijklmnopqrstuvwxyz012345"));
        ui.profiles.add(new Profile("uv-good", new ProviderId("ultravox"), own.baseUrl("ultravox"), Map.of(), "", KeyRef.env("GOOD_UV")), Optional.empty());
        ui.profiles.add(new Profile("uv-wrong", new ProviderId("ultravox"), own.baseUrl("ultravox"), Map.of(), "", KeyRef.env("WRONG_UV")), Optional.empty());
        ui.profiles.add(new Profile("fb-good", new ProviderId("featurebase"), own.baseUrl("featurebase"), Map.of(), "", KeyRef.env("GOOD_FB")), Optional.empty());
        ui.open(LaunchOptions.NONE);
        MainViewModel vm = ui.window.viewModel();

        clickOn("#boardToggle");
        waitUntil("the board has loaded", () -> vm.boardShownProperty().get() && !vm.board().runningProperty().get()
                && !vm.board().loads().isEmpty(), WAIT);
        List<BoardRow> rows = rowsShown();
        BoardRow first = rows.getFirst();
        assertEquals("uv-wrong", first.profile().name(), "the profile that could not be listed comes first");
        assertTrue(first.snapshot().isEmpty());
        assertEquals(first.problem().summary(), first.reason());
        assertTrue(first.reason().toLowerCase().contains("key"), first.reason());
        assertEquals(1, rows.stream().filter(r -> r.profile().name().equals("uv-wrong")).count());
        assertTrue(rows.stream().filter(r -> r.profile().name().equals("uv-good")).count() > 1, "the other Ultravox profile loaded");
        assertTrue(rows.stream().filter(r -> r.profile().name().equals("fb-good")).count() > 1, "the Featurebase profile loaded");
        int wrong = vm.board().loads().stream().map(l -> l.profile().name()).toList().indexOf("uv-wrong");
        assertEquals(first.problem().summary(), text("boardProfileProgress-" + wrong), "its chip says the same");

        // The sidebar shows the same problem when that profile is chosen.
        onFx(() -> {
            vm.hideBoard();
            vm.profileSwitcher().selectedProperty().set(vm.profileSwitcher().profiles().stream()
                    .filter(p -> p.name().equals("uv-wrong")).findFirst().orElseThrow());
            return null;
        });
        waitUntil("the sidebar gave up", () -> !vm.sidebar().loadingProperty().get() && vm.sidebar().problemProperty().get(), WAIT);
        assertEquals(first.problem().summary(), text("sidebarStatus"));
    }

    @Test void theSidebarFiltersAsYouTypeAndTheKeyboardOpensAWebhookWithoutASecondRequest() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.parse(List.of("--demo")));
        MainViewModel vm = ui.window.viewModel();
        ListView<?> list = lookup("#sidebarList").query();
        waitUntil("the sidebar lists the Ultravox demo", () -> !vm.sidebar().loadingProperty().get() && list.getItems().size() > 5, WAIT);

        push((javafx.scene.input.KeyCodeCombination) Shortcut.FOCUS_SIDEBAR.keys().getFirst());
        waitUntil("the filter has the focus", () -> ui.window.scene().getFocusOwner() != null
                && "sidebarFilter".equals(ui.window.scene().getFocusOwner().getId()), WAIT);
        write("c0a8e4f2");
        waitUntil("one webhook matches", () -> list.getItems().size() == 1, WAIT);
        assertTrue(text("sidebarStatus").startsWith("1 of "), text("sidebarStatus"));
        type(KeyCode.DOWN);
        waitUntil("the list has the focus", () -> ui.window.scene().getFocusOwner() == list, WAIT);
        type(KeyCode.ENTER);
        waitUntil("the inspector shows it", () -> vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR, WAIT);
        assertEquals(DemoFixtures.ULTRAVOX_FAILING, text("inspectorTitle"), "an Ultravox webhook has no name: its ID is its title");
        assertEquals(DemoFixtures.ULTRAVOX_FAILING, vm.webhookIdProperty().get(), "the ID field says which webhook shows");
        assertTrue(ui.getRequests().isEmpty(), "the list's answer was shown: " + ui.getRequests());
    }

    @Test void theTabFlagSelectsAnInspectorTabOnceTheWebhookShows() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.parse(List.of("--demo", "--open", "featurebase:" + DemoFixtures.FEATUREBASE_FAILING, "--tab", "raw")));
        TabPane tabs = lookup("#inspectorTabs").query();
        Tab selected = onFx(() -> tabs.getSelectionModel().getSelectedItem());
        assertEquals("rawTab", selected.getId());
        assertTrue(lookup("#rawSearch").tryQuery().map(Node::isVisible).orElse(false), "the raw JSON shows");
    }
}
