package dev.webhookinspector.ui.main;

import atlantafx.base.controls.CaptionMenuItem;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.layout.InputGroup;
import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import java.util.List;
import java.util.Map;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.ThemeMode;
import dev.webhookinspector.ui.demo.DemoWebhook;
import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.ui.keys.ShortcutKeys;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import dev.webhookinspector.ui.settings.RecentId;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.kordamp.ikonli.feather.Feather;

/** The row above the content: profile switcher, ID field, Fetch/Cancel, Refresh, and the window's menus. */
final class TopBar {
    /** What the bar's menus open; the main view supplies them. */
    interface Actions {
        void manageProfiles();

        void newProfile();

        void showHelp();
    }

    final ComboBox<ProfileChoice> profileSwitcher = new ComboBox<>();
    final CustomTextField webhookIdField = new CustomTextField();
    final Button recentIdsButton = new Button();
    final Button fetchButton = new Button("Fetch", Icons.glyph(Feather.SEARCH));
    final Button cancelButton = new Button("Cancel", Icons.glyph(Feather.X));
    final Button refreshButton = new Button(null, Icons.glyph(Feather.REFRESH_CW));
    /** The demo indicator, which also lists the demo webhooks. */
    final MenuButton demoWebhooksButton = new MenuButton("Demo");
    final Button themeToggle = new Button();
    final javafx.scene.control.ToggleButton sidebarToggle = new javafx.scene.control.ToggleButton(null, Icons.glyph(Feather.SIDEBAR));
    final javafx.scene.control.ToggleButton boardToggle = new javafx.scene.control.ToggleButton("Board", Icons.glyph(Feather.GRID));
    final Button helpButton = new Button(null, Icons.glyph(Feather.HELP_CIRCLE));
    final Button manageProfilesButton = new Button(null, Icons.glyph(Feather.USERS));
    final MenuButton appMenuButton = new MenuButton(null, Icons.glyph(Feather.MENU));
    /** The fetch timeouts the menu offers; the error panel's Wait longer doubles up to the last. */
    private static final List<java.time.Duration> TIMEOUTS = List.of(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(30),
            java.time.Duration.ofSeconds(60), java.time.Duration.ofMinutes(2), java.time.Duration.ofMinutes(5));
    final Label idFeedback = new Label();
    private final ContextMenu recentMenu = new ContextMenu();
    private final HBox root;

    TopBar(MainViewModel vm, Actions actions) {
        // The mark alone: the title bar names the app, and the ID field needs the width for its messages.
        Label brand = new Label(null, Icons.appMark(24));
        brand.getStyleClass().add("brand");
        brand.setTooltip(new Tooltip("Webhook Inspector"));
        brand.setAccessibleText("Webhook Inspector");

        profileSwitcher.setId("profileSwitcher");
        profileSwitcher.setItems(vm.profileSwitcher().profiles());
        profileSwitcher.valueProperty().bindBidirectional(vm.profileSwitcher().selectedProperty());
        profileSwitcher.setCellFactory(list -> new ProfileCell(true));
        profileSwitcher.setButtonCell(new ProfileCell(false));
        profileSwitcher.setPrefWidth(250);
        profileSwitcher.setMinWidth(200);
        profileSwitcher.setPromptText("Choose a profile");
        profileSwitcher.setAccessibleText("Profile");
        profileSwitcher.setTooltip(new Tooltip(Shortcut.SWITCH_PROFILE.tooltip("Profile to fetch with")));
        profileSwitcher.disableProperty().bind(Bindings.isEmpty(vm.profileSwitcher().profiles()).or(vm.busyProperty()));

        webhookIdField.setId("webhookIdField");
        webhookIdField.setPromptText("Webhook ID");
        webhookIdField.setLeft(Icons.glyph(Feather.HASH));
        webhookIdField.textProperty().bindBidirectional(vm.webhookIdProperty());
        webhookIdField.setAccessibleText("Webhook ID");
        webhookIdField.disableProperty().bind(vm.profileSwitcher().selectedProperty().isNull());
        ShortcutKeys.install(webhookIdField, Shortcut.Scope.ID_FIELD, Map.of(
                Shortcut.FETCH, () -> {
                    vm.fetch();
                    return true;
                },
                Shortcut.RECENT_IDS, this::showRecent));
        HBox.setHgrow(webhookIdField, Priority.ALWAYS);

        recentIdsButton.setId("recentIdsButton");
        recentIdsButton.setGraphic(Icons.glyph(Feather.CLOCK));
        recentIdsButton.setAccessibleText("Recent webhook IDs");
        recentIdsButton.setTooltip(new Tooltip(Shortcut.RECENT_IDS.tooltip("Recent webhook IDs")));
        recentIdsButton.disableProperty().bind(Bindings.isEmpty(vm.recentIds().list()));
        recentIdsButton.setOnAction(e -> showRecent());
        recentMenu.setId("recentIdsMenu");
        vm.recentIds().list().addListener((ListChangeListener<RecentId>) c -> rebuildRecent(vm));
        rebuildRecent(vm);

        InputGroup idGroup = new InputGroup(webhookIdField, recentIdsButton);
        idGroup.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(idGroup, Priority.ALWAYS);

        idFeedback.setId("idFeedback");
        idFeedback.getStyleClass().add("id-feedback");
        idFeedback.textProperty().bind(Bindings.when(vm.idProblemProperty().isEmpty())
                .then(vm.idHintProperty()).otherwise(vm.idProblemProperty()));
        idFeedback.setMaxWidth(Double.MAX_VALUE);
        vm.idProblemProperty().addListener((obs, o, n) -> idFeedback.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), !n.isEmpty()));
        VBox idColumn = new VBox(3, idGroup, idFeedback);
        HBox.setHgrow(idColumn, Priority.ALWAYS);

        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new IdFieldDecoration());
        validation.registerValidator(webhookIdField, false, (javafx.scene.control.Control c, String text) ->
                ValidationResult.fromErrorIf(c, vm.idProblemProperty().get(), !vm.idProblemProperty().get().isEmpty()));
        vm.idProblemProperty().addListener((obs, o, n) -> validation.revalidate(webhookIdField));

        fetchButton.setId("fetchButton");
        fetchButton.getStyleClass().add(Styles.ACCENT);
        fetchButton.setDefaultButton(false);
        fetchButton.setOnAction(e -> vm.fetch());
        fetchButton.disableProperty().bind(vm.canFetchProperty().not());
        fetchButton.visibleProperty().bind(vm.busyProperty().not());
        fetchButton.managedProperty().bind(fetchButton.visibleProperty());
        fetchButton.setTooltip(new Tooltip(Shortcut.FETCH.tooltip("Fetch the webhook")));
        fetchButton.setMinWidth(Region.USE_PREF_SIZE);
        refreshButton.setMinWidth(Region.USE_PREF_SIZE);

        cancelButton.setId("cancelButton");
        cancelButton.getStyleClass().addAll(Styles.DANGER);
        cancelButton.setOnAction(e -> vm.cancel());
        cancelButton.visibleProperty().bind(vm.busyProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setTooltip(new Tooltip(Shortcut.CANCEL.tooltip("Stop the running request")));
        fetchButton.widthProperty().addListener((obs, o, n) -> cancelButton.setMinWidth(n.doubleValue()));

        refreshButton.setId("refreshButton");
        iconOnly(refreshButton, "Refresh", Shortcut.REFRESH.tooltip("Refresh the webhook shown"));
        refreshButton.setOnAction(e -> vm.refresh());
        refreshButton.disableProperty().bind(vm.canRefreshProperty().not());

        HBox fetchGroup = new HBox(6, fetchButton, cancelButton, refreshButton);
        fetchGroup.setAlignment(Pos.TOP_LEFT);

        demoWebhooksButton.setId("demoWebhooksButton");
        demoWebhooksButton.getStyleClass().add("demo-badge");
        demoWebhooksButton.setGraphic(Icons.glyph(Feather.PLAY_CIRCLE));
        demoWebhooksButton.setTooltip(new Tooltip("Demo mode: a built-in simulator answers, nothing leaves this computer and nothing is saved. "
                + "Click for the demo webhooks."));
        demoWebhooksButton.setAccessibleText("Demo mode: demo webhooks");
        demoWebhooksButton.visibleProperty().bind(vm.demo().activeProperty());
        demoWebhooksButton.managedProperty().bind(demoWebhooksButton.visibleProperty());
        demoWebhooksButton.disableProperty().bind(vm.busyProperty());
        vm.demo().webhooks().addListener((ListChangeListener<DemoWebhook>) c -> rebuildDemoMenu(vm));

        themeToggle.setId("themeToggle");
        themeToggle.setOnAction(e -> vm.settings().toggleTheme());
        updateThemeToggle(vm.settings().darkProperty().get());
        vm.settings().darkProperty().addListener((obs, o, n) -> updateThemeToggle(n));

        helpButton.setId("helpButton");
        iconOnly(helpButton, "Keyboard shortcuts", Shortcut.HELP.tooltip("Keyboard shortcuts"));
        helpButton.setOnAction(e -> actions.showHelp());

        manageProfilesButton.setId("manageProfilesButton");
        iconOnly(manageProfilesButton, "Manage profiles", Shortcut.MANAGE_PROFILES.tooltip("Manage profiles"));
        manageProfilesButton.setOnAction(e -> actions.manageProfiles());

        appMenuButton.setId("appMenuButton");
        appMenuButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "no-arrow");
        appMenuButton.setAccessibleText("Menu");
        appMenuButton.setTooltip(new Tooltip("Menu"));
        MenuItem manage = new MenuItem("Manage profiles…", Icons.glyph(Feather.USERS));
        manage.setOnAction(e -> actions.manageProfiles());
        MenuItem add = new MenuItem("New profile…", Icons.glyph(Feather.PLUS));
        add.setId("newProfileMenuItem");
        add.setOnAction(e -> actions.newProfile());
        MenuItem demo = new MenuItem("Explore the demo", Icons.glyph(Feather.PLAY_CIRCLE));
        demo.setId("exploreDemoMenuItem");
        demo.setOnAction(e -> vm.exploreDemo(null));
        CheckMenuItem followSystem = new CheckMenuItem("Follow the system theme");
        followSystem.setId("followSystemThemeMenuItem");
        followSystem.setSelected(vm.settings().themeModeProperty().get() == ThemeMode.SYSTEM);
        vm.settings().themeModeProperty().addListener((obs, o, n) -> followSystem.setSelected(n == ThemeMode.SYSTEM));
        followSystem.setOnAction(e -> {
            if (followSystem.isSelected()) vm.settings().followSystemTheme();
            else vm.settings().toggleTheme();
        });
        MenuItem help = new MenuItem("Keyboard shortcuts", Icons.glyph(Feather.HELP_CIRCLE));
        help.setOnAction(e -> actions.showHelp());
        appMenuButton.getItems().addAll(manage, add, demo, new SeparatorMenuItem(), followSystem, timeoutMenu(vm.settings()), help);

        sidebarToggle.setId("sidebarToggle");
        sidebarToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        sidebarToggle.setAccessibleText("Webhook sidebar");
        sidebarToggle.setTooltip(new Tooltip(Shortcut.TOGGLE_SIDEBAR.tooltip("Show or hide the webhook list")));
        sidebarToggle.setSelected(vm.settings().sidebarShownProperty().get());
        vm.settings().sidebarShownProperty().addListener((obs, o, n) -> sidebarToggle.setSelected(n));
        sidebarToggle.setOnAction(e -> vm.settings().toggleSidebar());
        boardToggle.setId("boardToggle");
        boardToggle.setTooltip(new Tooltip(Shortcut.BOARD.tooltip("Every webhook of every profile, failing first")));
        boardToggle.setMinWidth(Region.USE_PREF_SIZE);
        boardToggle.setSelected(vm.boardShownProperty().get());
        vm.boardShownProperty().addListener((obs, o, n) -> boardToggle.setSelected(n));
        boardToggle.setOnAction(e -> {
            vm.toggleBoard();
            boardToggle.setSelected(vm.boardShownProperty().get());
        });

        HBox right = new HBox(6, boardToggle, sidebarToggle, demoWebhooksButton, manageProfilesButton, themeToggle, helpButton, appMenuButton);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);

        root = new HBox(12, brand, profileSwitcher, idColumn, fetchGroup, right);
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("top-bar");
        root.setId("topBar");
        // The feedback line hangs below the ID field; everything else lines up with the field itself.
        brand.minHeightProperty().bind(idGroup.heightProperty());
        right.minHeightProperty().bind(idGroup.heightProperty());
    }

    HBox root() { return root; }

    /** Opens the recent IDs below the field; false when there are none, so Down does what it always did. */
    boolean showRecent() {
        if (recentMenu.getItems().isEmpty()) return false;
        recentMenu.show(webhookIdField, Side.BOTTOM, 0, 2);
        return true;
    }

    private void rebuildRecent(MainViewModel vm) {
        recentMenu.getItems().clear();
        int i = 0;
        for (RecentId r : vm.recentIds().list()) {
            MenuItem item = new MenuItem(r.label());
            item.setMnemonicParsing(false);
            item.setId("recentId-" + i++);
            item.setOnAction(e -> vm.openRecent(r));
            recentMenu.getItems().add(item);
        }
    }

    /** One submenu per provider: its webhooks, then the IDs that fail on purpose. */
    private void rebuildDemoMenu(MainViewModel vm) {
        demoWebhooksButton.getItems().clear();
        for (Provider p : Providers.all()) {
            List<DemoWebhook> hooks = vm.demo().webhooks().stream().filter(w -> w.provider().equals(p)).toList();
            if (hooks.isEmpty()) continue;
            Menu menu = new Menu(p.displayName(), Icons.providerMark(p.id(), 14));
            menu.setId("demoMenu-" + p.id().value());
            boolean errors = false;
            for (DemoWebhook w : hooks) {
                if (w.faultTrigger() && !errors) {
                    errors = true;
                    menu.getItems().add(new CaptionMenuItem("Errors on purpose"));
                }
                MenuItem item = new MenuItem(w.title());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.openDemoWebhook(w));
                menu.getItems().add(item);
            }
            demoWebhooksButton.getItems().add(menu);
        }
    }

    private void updateThemeToggle(boolean dark) {
        themeToggle.setGraphic(Icons.glyph(dark ? Feather.SUN : Feather.MOON));
        String text = dark ? "Switch to the light theme" : "Switch to the dark theme";
        iconOnly(themeToggle, text, Shortcut.TOGGLE_THEME.tooltip(text));
    }

    private static void iconOnly(javafx.scene.control.ButtonBase b, String accessible, String tip) {
        if (!b.getStyleClass().contains(Styles.BUTTON_ICON)) b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setAccessibleText(accessible);
        b.setTooltip(new Tooltip(tip));
    }

    /** "Fetch timeout" with one choice per duration, the current one ticked; a Wait longer elsewhere ticks along. */
    private static javafx.scene.control.Menu timeoutMenu(SettingsModel settings) {
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu("Fetch timeout", Icons.glyph(Feather.CLOCK));
        menu.setId("timeoutMenu");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (java.time.Duration d : TIMEOUTS) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(
                    dev.webhookinspector.core.text.Formats.seconds(d));
            item.setId("timeout-" + d.toSeconds());
            item.setToggleGroup(group);
            item.setUserData(d);
            item.setOnAction(e -> settings.setTimeout(d));
            menu.getItems().add(item);
        }
        Runnable tick = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(settings.timeoutProperty().get())));
        tick.run();
        settings.timeoutProperty().addListener((o, a, b) -> tick.run());
        return menu;
    }
}
