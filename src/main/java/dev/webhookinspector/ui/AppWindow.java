package dev.webhookinspector.ui;

import dev.webhookinspector.ui.main.InspectorPanel;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import dev.webhookinspector.ui.main.MainView;
import dev.webhookinspector.ui.main.ProfileListing;
import dev.webhookinspector.ui.main.MainViewModel;
import dev.webhookinspector.ui.profiles.ProfileScreens;
import dev.webhookinspector.ui.settings.Settings;
import dev.webhookinspector.ui.settings.WindowGeometry;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * One main window put together: services, ViewModels, views, theme, shortcuts, remembered
 * geometry. The app opens one; UI tests open one on their own stage with their own services.
 */
public final class AppWindow {
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 600;

    private final Stage stage;
    private final MainViewModel vm;
    private final MainView view;
    private final Overlays overlays;
    private final Scene scene;
    private final InspectorPanel inspector;
    private final dev.webhookinspector.ui.inspector.HistoryService history;
    private double normalX;
    private double normalY;
    private double normalWidth;
    private double normalHeight;

    private AppWindow(Stage stage, AppServices services, Settings settings, LaunchOptions options) {
        this.stage = stage;
        inspector = new InspectorPanel();
        vm = new MainViewModel(services, inspector, settings);
        options.themeOverride().ifPresent(vm.settings()::useThemeForThisRun);
        boolean reducedMotion = Platform.getPreferences().isReducedMotion() || options.screenshotFile().isPresent();
        overlays = new Overlays(reducedMotion);
        ProfileScreens profiles = new ProfileScreens(services, vm, overlays);
        view = new MainView(vm, inspector.root(), profiles, overlays);
        // A demo profile is not saved, so there is nothing to edit: the sheet of saved profiles stands in.
        inspector.setProblemActions(() -> {
            if (vm.profileSwitcher().selectedProperty().get() instanceof ProfileChoice.Saved saved) profiles.edit(saved.profile());
            else profiles.manage();
        }, vm.settings()::waitLonger);
        inspector.setLabServices(services.runner(), vm.demo()::receiverFor);
        history = new dev.webhookinspector.ui.inspector.HistoryService(
                () -> dev.webhookinspector.core.history.HistoryRecorder.forEnvironment(services.env()));
        inspector.setHistory(services.runner(), history);
        dev.webhookinspector.ui.list.SnapshotRecorder recorder = (profile, result) -> history.record(profile, result).warnings();
        vm.sidebar().setRecorder(recorder);
        vm.board().setRecorder(recorder);
        vm.boardWatch().setRecorder(recorder);

        WindowGeometry g = options.screenshotFile().isPresent() ? null : settings.windowGeometry().filter(AppWindow::onSomeScreen).orElse(null);
        double[] size = g != null ? new double[] {g.width(), g.height()} : defaultSize(options.screenshotFile().isPresent());
        scene = new Scene(view.root(), size[0], size[1]);
        scene.getStylesheets().addAll(Themes.stylesheets());
        view.installShortcuts(scene);

        vm.settings().systemDarkProperty().bind(Platform.getPreferences().colorSchemeProperty().isEqualTo(ColorScheme.DARK));
        Themes.apply(scene, vm.settings().darkProperty().get());
        vm.settings().darkProperty().addListener((obs, o, dark) -> Themes.apply(scene, dark));

        stage.setTitle("Webhook Inspector");
        stage.getIcons().setAll(Icons.appIcons());
        stage.setScene(scene);
        stage.setMinWidth(Math.min(MIN_WIDTH, size[0]));
        stage.setMinHeight(Math.min(MIN_HEIGHT, size[1]));
        if (g != null) {
            stage.setX(g.x());
            stage.setY(g.y());
            stage.setMaximized(g.maximized());
        }
        trackGeometry();
        stage.setOnHiding(e -> vm.settings().rememberWindow(new WindowGeometry(normalX, normalY, normalWidth, normalHeight, stage.isMaximized())));
    }

    /** Builds the window on {@code stage} and shows it; call {@link #start(Runnable)} next. */
    public static AppWindow open(Stage stage, AppServices services, Settings settings, LaunchOptions options) {
        AppWindow w = new AppWindow(stage, services, settings, options);
        stage.show();
        return w;
    }

    /**
     * Loads the profiles, then follows the launch options: the demo, then the webhook to open.
     * {@code whenSettled} runs once all of that is done, whatever its outcome.
     */
    public void start(LaunchOptions options, Runnable whenSettled) {
        start(options, null, whenSettled);
    }

    /** As {@link #start(LaunchOptions, Runnable)}, with the profiles already read ({@code first}, or null to read them). */
    public void start(LaunchOptions options, ProfileListing first, Runnable whenSettled) {
        vm.holdSidebar();
        Runnable settled = () -> {
            options.inspectorTab().ifPresent(inspector::select);
            view.focusStart();
            // A screenshot waits for the sidebar's list, so the picture shows it filled; otherwise the list starts
            // once the first frame is drawn.
            if (options.screenshotFile().isPresent()) {
                vm.releaseSidebar();
                vm.whenSidebarSettled(whenSettled);
            } else {
                // A smoke test ends at the first frame; it would only start the list to stop it again, and the AOT
                // cache trained on it would then hold the HTTP client for every window start.
                if (!options.smokeTest()) afterNextFrame(vm::releaseSidebar);
                whenSettled.run();
            }
        };
        Runnable open = () -> {
            if (options.board()) vm.showBoard(settled);
            else options.openTarget().ifPresentOrElse(t -> vm.open(t.provider(), t.webhookId(), settled), settled);
        };
        Runnable then = () -> {
            if (options.demo()) vm.exploreDemo(open);
            else open.run();
        };
        if (first != null) vm.start(first, then);
        else vm.start(then);
    }

    /** Runs {@code then} once the next pulse has laid out and handed its frame to the renderer. */
    public void afterNextFrame(Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    public MainViewModel viewModel() { return vm; }

    public MainView view() { return view; }

    public Scene scene() { return scene; }

    public Stage stage() { return stage; }

    public Overlays overlays() { return overlays; }

    /** Stops running work and the demo, writes the settings. */
    public void close() {
        vm.close();
        history.close();
    }

    private void trackGeometry() {
        normalX = stage.getX();
        normalY = stage.getY();
        normalWidth = scene.getWidth();
        normalHeight = scene.getHeight();
        stage.xProperty().addListener((obs, o, n) -> { if (!stage.isMaximized()) normalX = n.doubleValue(); });
        stage.yProperty().addListener((obs, o, n) -> { if (!stage.isMaximized()) normalY = n.doubleValue(); });
        // The scene's size, not the stage's: that is what the next start gives the scene, decorations aside.
        scene.widthProperty().addListener((obs, o, n) -> { if (!stage.isMaximized()) normalWidth = n.doubleValue(); });
        scene.heightProperty().addListener((obs, o, n) -> { if (!stage.isMaximized()) normalHeight = n.doubleValue(); });
    }

    /** 1280x800, shrunk to fit a smaller screen; exactly 1280x800 for screenshots. */
    private static double[] defaultSize(boolean screenshot) {
        double w = WindowGeometry.DEFAULT_WIDTH;
        double h = WindowGeometry.DEFAULT_HEIGHT;
        if (!screenshot) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            if (screen.getWidth() > 0) w = Math.min(w, screen.getWidth() * 0.95);
            if (screen.getHeight() > 0) h = Math.min(h, screen.getHeight() * 0.95);
        }
        return new double[] {w, h};
    }

    /** A remembered window is restored only where a screen still shows a good part of it. */
    private static boolean onSomeScreen(WindowGeometry g) {
        if (g.width() < 200 || g.height() < 150) return false;
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            if (b.intersects(g.x() + 40, g.y() + 10, Math.max(1, g.width() - 80), 40)) return true;
        }
        return false;
    }
}
