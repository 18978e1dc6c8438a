package dev.webhookinspector.ui.main;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.ui.Overlays;
import dev.webhookinspector.ui.help.HelpView;
import dev.webhookinspector.ui.help.Shortcuts;
import dev.webhookinspector.ui.profiles.ProfileScreens;
import dev.webhookinspector.ui.welcome.WelcomeView;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: top bar, the centre (welcome, ready, inspector), a progress veil while work
 * runs, the status bar, and the modal layers for profiles and help. Owns the window's shortcuts.
 */
public final class MainView {
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FOCUS_ID = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SWITCH_PROFILE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MANAGE_PROFILES = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NEW_PROFILE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TOGGLE_THEME = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel vm;
    private final Overlays overlays;
    private final ProfileScreens profileScreens;
    private final TopBar topBar;
    private final WelcomeView welcome;
    private final ReadyView ready;
    private final Node inspector;
    private final StackPane root;
    private final VBox veil;
    private final VBox loading;

    public MainView(MainViewModel vm, Node inspector, ProfileScreens profileScreens, Overlays overlays) {
        this.vm = vm;
        this.inspector = inspector;
        this.overlays = overlays;
        this.profileScreens = profileScreens;
        topBar = new TopBar(vm, new TopBar.Actions() {
            @Override public void manageProfiles() { profileScreens.manage(); }

            @Override public void newProfile() { profileScreens.create(); }

            @Override public void showHelp() { MainView.this.showHelp(); }
        });
        welcome = new WelcomeView(profileScreens::create, () -> vm.exploreDemo(null));
        ready = new ReadyView(vm);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        loading = new VBox(12, spinner, new Label("Loading profiles…"));
        loading.setAlignment(Pos.CENTER);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(40, 40);
        Label busyText = new Label();
        busyText.setId("busyMessage");
        busyText.textProperty().bind(vm.busyMessageProperty());
        busyText.getStyleClass().add(Styles.TITLE_4);
        busyText.setWrapText(true);
        Label busyHint = new Label("Press Esc or Cancel to stop.");
        busyHint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox busyCard = new VBox(12, busy, busyText, busyHint);
        busyCard.setAlignment(Pos.CENTER);
        busyCard.getStyleClass().add("busy-card");
        busyCard.setMaxSize(420, VBox.USE_PREF_SIZE);
        veil = new VBox(busyCard);
        veil.setId("busyVeil");
        veil.setAlignment(Pos.CENTER);
        veil.getStyleClass().add("busy-veil");
        veil.visibleProperty().bind(vm.busyProperty());

        StackPane centre = new StackPane(loading, welcome.root(), ready.root(), inspector, veil);
        centre.getStyleClass().add("centre");
        BorderPane frame = new BorderPane(centre);
        frame.setTop(topBar.root());
        frame.setBottom(new StatusBarView(vm).root());
        frame.getStyleClass().add("frame");

        root = new StackPane(frame);
        root.getChildren().addAll(overlays.layers());
        root.setId("mainRoot");
        root.getStyleClass().add("main-root");

        vm.screenProperty().addListener((obs, o, n) -> showScreen(n));
        showScreen(vm.screenProperty().get());
    }

    public Parent root() { return root; }

    /** Installs the window-wide shortcuts on {@code scene}. */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl) && !overlays.dialogOpen()) {
                showHelp();
                e.consume();
            }
        });
    }

    /** Puts the keyboard focus where a user starts: the ID field, or the welcome pane's first choice. */
    public void focusStart() {
        Platform.runLater(() -> {
            if (vm.screenProperty().get() == MainViewModel.Screen.WELCOME) welcome.focus();
            else if (!topBar.webhookIdField.isDisabled()) {
                topBar.webhookIdField.requestFocus();
                // A focused text field selects all; the caret at the end reads better and types on.
                topBar.webhookIdField.end();
            }
        });
    }

    public void showHelp() {
        if (overlays.dialogContent() != null && "helpOverlay".equals(overlays.dialogContent().getId())) return;
        HelpView help = new HelpView(Shortcuts.WINDOW);
        help.setOnClose(() -> overlays.closeDialog(help.root()));
        overlays.showDialog(help.root(), this::focusStart);
        help.focus();
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (vm.busyProperty().get() && !overlays.dialogOpen()) {
                vm.cancel();
                e.consume();
            } else if (overlays.closeTop()) {
                e.consume();
            }
            return;
        }
        if (e.getCode() == KeyCode.F1) {
            showHelp();
            e.consume();
            return;
        }
        if (overlays.openProperty().get()) return;
        if (e.getCode() == KeyCode.F5 || REFRESH.match(e)) {
            if (vm.canRefreshProperty().get()) vm.refresh();
            else vm.fetch();
            e.consume();
        } else if (FOCUS_ID.match(e)) {
            topBar.webhookIdField.requestFocus();
            topBar.webhookIdField.selectAll();
            e.consume();
        } else if (MANAGE_PROFILES.match(e)) {
            profileScreens.manage();
            e.consume();
        } else if (SWITCH_PROFILE.match(e)) {
            if (!topBar.profileSwitcher.isDisabled()) {
                topBar.profileSwitcher.requestFocus();
                topBar.profileSwitcher.show();
            }
            e.consume();
        } else if (NEW_PROFILE.match(e)) {
            profileScreens.create();
            e.consume();
        } else if (TOGGLE_THEME.match(e)) {
            vm.toggleTheme();
            e.consume();
        } else if (QUIT.match(e)) {
            root.getScene().getWindow().hide();
            e.consume();
        }
    }

    private void showScreen(MainViewModel.Screen screen) {
        loading.setVisible(screen == MainViewModel.Screen.LOADING);
        welcome.root().setVisible(screen == MainViewModel.Screen.WELCOME);
        ready.root().setVisible(screen == MainViewModel.Screen.READY);
        inspector.setVisible(screen == MainViewModel.Screen.INSPECTOR);
        if (screen == MainViewModel.Screen.WELCOME) welcome.focus();
    }
}
