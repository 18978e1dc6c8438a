package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.core.text.Formats;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The whole right-hand side: nothing yet, a fetched webhook (header plus tabs), or an error panel.
 * It carries the app stylesheet itself, so it looks right in any scene that has an AtlantaFX theme.
 */
public final class InspectorView {
    /** The one app stylesheet; the window may add it to its scene too, which changes nothing here. */
    public static final String APP_CSS = InspectorView.class.getResource("/dev/webhookinspector/ui/app.css").toExternalForm();

    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private final Tab overviewTab;
    private final Tab failuresTab;
    private final Tab rawTab;

    public InspectorView(InspectorViewModel vm) {
        root.getStyleClass().add("inspector");
        root.setId("inspector");
        root.getStylesheets().add(APP_CSS);

        HeaderView header = new HeaderView(vm.header());
        overviewTab = tab("overviewTab", "Overview", Feather.ACTIVITY, new OverviewView(vm.overview(), this::showFailures).root());
        FieldsView fields = new FieldsView(vm.fields());
        Tab fieldsTab = tab("fieldsTab", "Fields", Feather.LIST, fields.root());
        FailuresView failures = new FailuresView(vm.failures(), () -> vm.nowProperty().get(), vm.zone());
        failuresTab = tab("failuresTab", "Failures", Feather.ALERT_TRIANGLE, failures.root());
        // Table cells format "3 hours ago" when drawn; redraw them when the clock moves on
        vm.nowProperty().addListener((o, a, b) -> {
            fields.refreshTimes();
            failures.refreshTimes();
        });
        rawTab = tab("rawTab", "Raw JSON", Feather.CODE, new RawJsonView(vm.raw()).root());
        Tab requestTab = tab("requestTab", "Request", Feather.SEND, new RequestView(vm.request()).root());
        Tab labTab = tab("labTab", "Lab", Feather.ZAP, new LabView(vm.lab()).root());
        Tab historyTab = tab("historyTab", "History", Feather.CLOCK, new HistoryView(vm.history()).root());
        // The store is read when the tab is looked at, not on every fetch: most fetches never open it.
        historyTab.selectedProperty().addListener((o, was, is) -> { if (is) vm.history().load(); });
        vm.resultProperty().addListener((o, a, r) -> { if (r != null && historyTab.isSelected()) vm.history().load(); });
        failuresTab.textProperty().bind(Bindings.createStringBinding(() -> {
            var f = vm.failures();
            return f.reportedProperty().get() && f.totalProperty().get() > 0
                    ? "Failures (" + Formats.count(f.totalProperty().get()) + ")"
                    : "Failures";
        }, vm.failures().reportedProperty(), vm.failures().totalProperty()));
        tabs.getTabs().addAll(overviewTab, fieldsTab, failuresTab, rawTab, requestTab, labTab, historyTab);
        vm.failuresShownProperty().addListener((o, was, shown) -> {
            if (shown && !tabs.getTabs().contains(failuresTab)) tabs.getTabs().add(2, failuresTab);
            if (!shown) tabs.getTabs().remove(failuresTab);
        });
        tabs.setId("inspectorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("inspector-tabs");

        BorderPane snapshot = new BorderPane(tabs);
        snapshot.setTop(header.root());
        snapshot.setId("snapshotPane");
        Node error = new ErrorView(vm.error()).root();
        Node empty = emptyState();
        Label toast = toast(vm);

        snapshot.visibleProperty().bind(vm.modeProperty().isEqualTo(InspectorViewModel.Mode.SNAPSHOT));
        error.visibleProperty().bind(vm.modeProperty().isEqualTo(InspectorViewModel.Mode.ERROR));
        empty.visibleProperty().bind(vm.modeProperty().isEqualTo(InspectorViewModel.Mode.EMPTY));
        root.getChildren().addAll(empty, snapshot, error, toast);
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);

        vm.resultProperty().addListener((o, a, r) -> {
            if (r != null && a != null && !a.snapshot().id().equals(r.snapshot().id())) tabs.getSelectionModel().select(overviewTab);
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcut.FIND.matches(e) && vm.modeProperty().get() == InspectorViewModel.Mode.SNAPSHOT) {
                Tab current = tabs.getSelectionModel().getSelectedItem();
                if (current != failuresTab) tabs.getSelectionModel().select(rawTab);
                Node field = root.lookup(current == failuresTab ? "#failureFilter" : "#rawSearch");
                if (field != null) field.requestFocus();
                e.consume();
            }
        });

        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        // A running Timeline is held by the toolkit: tick only while shown, or a closed window's panels live on.
        root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty).orElse(false)
                .subscribe(showing -> {
                    if (showing) clock.play();
                    else clock.stop();
                });
    }

    /** The node to place in the window. */
    public Node root() { return root; }

    /** Selects {@code tab} when the webhook shown has it (v0 has no failures tab). */
    public void select(InspectorTab tab) {
        tabs.getTabs().stream().filter(t -> tab.nodeId().equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void showFailures() {
        tabs.getSelectionModel().select(failuresTab);
    }

    private static Tab tab(String id, String text, Feather icon, Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        t.setGraphic(new FontIcon(icon));
        return t;
    }

    private static Node emptyState() {
        FontIcon icon = new FontIcon(Feather.INBOX);
        icon.getStyleClass().add("empty-icon");
        Label title = Ui.label("empty-title", "No webhook loaded");
        Label text = Ui.label("empty-text", "Pick a profile, paste a webhook ID and press Enter.");
        VBox box = new VBox(10, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.setId("inspectorEmpty");
        box.getStyleClass().add("empty-state");
        return box;
    }

    private static Label toast(InspectorViewModel vm) {
        Label toast = new Label();
        toast.setId("inspectorNotice");
        toast.getStyleClass().add("toast");
        toast.setGraphic(new FontIcon(Feather.CHECK));
        toast.setOpacity(0);
        toast.setMouseTransparent(true);
        toast.setMaxWidth(640);
        StackPane.setMargin(toast, new javafx.geometry.Insets(0, 0, 24, 0));
        PauseTransition hold = new PauseTransition(Duration.seconds(2.2));
        FadeTransition out = new FadeTransition(Duration.millis(400), toast);
        out.setToValue(0);
        SequentialTransition show = new SequentialTransition(hold, out);
        vm.noticeProperty().addListener((o, a, n) -> {
            if (n == null) return;
            toast.setText(n.text());
            toast.setOpacity(1);
            show.playFromStart();
        });
        return toast;
    }
}
