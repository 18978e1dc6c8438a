package dev.webhookinspector.ui.main;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.ui.Overlays;
import dev.webhookinspector.ui.board.BoardView;
import dev.webhookinspector.ui.help.HelpView;
import dev.webhookinspector.ui.sidebar.SidebarView;
import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.ui.keys.ShortcutKeys;
import dev.webhookinspector.ui.profiles.ProfileScreens;
import dev.webhookinspector.ui.welcome.WelcomeView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window: top bar, the centre (welcome, ready, inspector), a progress veil while work
 * runs, the status bar, and the modal layers for profiles and help. Runs the window's shortcuts from the shortcut table.
 */
public final class MainView {
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
    private final SidebarView sidebar;
    private final StackPane boardHolder = new StackPane();
    private BoardView board;

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
        Label busyHint = new Label("Press " + Shortcut.CANCEL.keyText() + " or Cancel to stop.");
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

        sidebar = new SidebarView(vm.sidebar(), vm.settings()::toggleSidebar);
        Node sidebarNode = sidebar.root();
        sidebarNode.visibleProperty().bind(vm.settings().sidebarShownProperty().and(vm.boardShownProperty().not())
                .and(vm.screenProperty().isEqualTo(MainViewModel.Screen.READY).or(vm.screenProperty().isEqualTo(MainViewModel.Screen.INSPECTOR))));
        sidebarNode.managedProperty().bind(sidebarNode.visibleProperty());
        vm.fetchCommand().lastTargetProperty().subscribe(t -> {
            if (t != null) sidebar.markShown(t.id());
        });
        boardHolder.setId("boardHolder");
        boardHolder.visibleProperty().bind(vm.boardShownProperty());
        // Built when first shown: most starts never open the board.
        vm.boardShownProperty().subscribe(shown -> {
            if (shown && board == null) {
                board = new BoardView(vm.board());
                boardHolder.getChildren().setAll(board.root());
            }
        });

        StackPane centre = new StackPane(loading, welcome.root(), ready.root(), inspector, boardHolder, veil);
        centre.getStyleClass().add("centre");
        BorderPane frame = new BorderPane(centre);
        frame.setLeft(sidebarNode);
        frame.setTop(topBar.root());
        frame.setBottom(new StatusBarView(vm.status()).root());
        frame.getStyleClass().add("frame");

        root = new StackPane(frame);
        root.getChildren().addAll(overlays.layers());
        root.setId("mainRoot");
        root.getStyleClass().add("main-root");

        vm.screenProperty().addListener((obs, o, n) -> showScreen(n));
        showScreen(vm.screenProperty().get());
    }

    public Parent root() { return root; }

    /** Installs the window's shortcuts on {@code scene}, one action per entry of the shortcut table. */
    public void installShortcuts(Scene scene) {
        Map<Shortcut, BooleanSupplier> actions = new EnumMap<>(Shortcut.class);
        actions.put(Shortcut.CANCEL, this::cancelOrClose);
        actions.put(Shortcut.HELP, () -> {
            showHelp();
            return true;
        });
        // The rest wait while a sheet or dialog is open, so its form keeps the keys.
        actions.put(Shortcut.REFRESH, unlessOverlay(() -> {
            if (vm.canRefreshProperty().get()) vm.refresh();
            else vm.fetch();
        }));
        actions.put(Shortcut.FOCUS_ID, unlessOverlay(() -> {
            topBar.webhookIdField.requestFocus();
            topBar.webhookIdField.selectAll();
        }));
        actions.put(Shortcut.FOCUS_SIDEBAR, unlessOverlay(this::focusSidebar));
        actions.put(Shortcut.TOGGLE_SIDEBAR, unlessOverlay(vm.settings()::toggleSidebar));
        actions.put(Shortcut.BOARD, unlessOverlay(() -> {
            vm.toggleBoard();
            if (vm.boardShownProperty().get()) Platform.runLater(board::focus);
            else focusStart();
        }));
        actions.put(Shortcut.SWITCH_PROFILE, unlessOverlay(() -> {
            if (topBar.profileSwitcher.isDisabled()) return;
            topBar.profileSwitcher.requestFocus();
            topBar.profileSwitcher.show();
        }));
        actions.put(Shortcut.NEW_PROFILE, unlessOverlay(profileScreens::create));
        actions.put(Shortcut.MANAGE_PROFILES, unlessOverlay(profileScreens::manage));
        actions.put(Shortcut.TOGGLE_THEME, unlessOverlay(vm.settings()::toggleTheme));
        actions.put(Shortcut.QUIT, unlessOverlay(() -> scene.getWindow().hide()));
        ShortcutKeys.install(scene, actions);
    }

    /** Puts the keyboard focus where a user starts: the ID field, or the welcome pane's first choice. */
    public void focusStart() {
        Platform.runLater(() -> {
            if (vm.boardShownProperty().get() && board != null) board.focus();
            else if (vm.screenProperty().get() == MainViewModel.Screen.WELCOME) welcome.focus();
            else if (!topBar.webhookIdField.isDisabled()) {
                topBar.webhookIdField.requestFocus();
                // A focused text field selects all; the caret at the end reads better and types on.
                topBar.webhookIdField.end();
            }
        });
    }

    public void showHelp() {
        if (overlays.dialogContent() != null && "helpOverlay".equals(overlays.dialogContent().getId())) return;
        HelpView help = new HelpView();
        help.setOnClose(() -> overlays.closeDialog(help.root()));
        overlays.showDialog(help.root(), this::focusStart);
        help.focus();
    }

    /** Shows the sidebar (and the inspector side of the window) and puts the focus in its filter. */
    private void focusSidebar() {
        if (vm.profileSwitcher().selectedProperty().get() == null) return;
        vm.hideBoard();
        if (!vm.settings().sidebarShownProperty().get()) vm.settings().toggleSidebar();
        sidebar.focusFilter();
    }

    /** Esc stops running work first; with a dialog open, it closes the dialog instead; then it closes the board. */
    private boolean cancelOrClose() {
        if (vm.busyProperty().get() && !overlays.dialogOpen()) {
            vm.cancel();
            return true;
        }
        if (vm.boardShownProperty().get() && vm.board().runningProperty().get() && !overlays.dialogOpen()) {
            vm.board().cancel();
            return true;
        }
        if (overlays.closeTop()) return true;
        if (vm.boardShownProperty().get()) {
            vm.hideBoard();
            focusStart();
            return true;
        }
        return false;
    }

    private BooleanSupplier unlessOverlay(Runnable action) {
        return () -> {
            if (overlays.openProperty().get()) return false;
            action.run();
            return true;
        };
    }

    private void showScreen(MainViewModel.Screen screen) {
        loading.setVisible(screen == MainViewModel.Screen.LOADING);
        welcome.root().setVisible(screen == MainViewModel.Screen.WELCOME);
        ready.root().setVisible(screen == MainViewModel.Screen.READY);
        inspector.setVisible(screen == MainViewModel.Screen.INSPECTOR);
        if (screen == MainViewModel.Screen.WELCOME) welcome.focus();
    }
}
