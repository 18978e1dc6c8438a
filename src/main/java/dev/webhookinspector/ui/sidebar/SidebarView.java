package dev.webhookinspector.ui.sidebar;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.ui.list.VerdictBadge;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The left column: the current profile's webhooks with a filter above them. Type to filter, Down to reach the list,
 * Enter (or a click) to open one; Enter in the filter opens the first match.
 */
public final class SidebarView {
    private static final String CSS = SidebarView.class.getResource("/dev/webhookinspector/ui/sidebar/sidebar.css").toExternalForm();

    private final SidebarViewModel vm;
    private final VBox root = new VBox();
    private final CustomTextField filter = new CustomTextField();
    private final ListView<FetchResult> list = new ListView<>();
    private String shownId;

    /** @param collapse what the header's collapse button does: the window remembers the choice */
    public SidebarView(SidebarViewModel vm, Runnable collapse) {
        this.vm = vm;
        root.setId("sidebar");
        root.getStyleClass().add("sidebar");
        root.getStylesheets().addAll(VerdictBadge.stylesheet(), CSS);
        root.setPrefWidth(320);
        root.setMinWidth(220);
        root.getChildren().addAll(createHeader(collapse), createFilter(), createStatus(), createList());
    }

    public Node root() { return root; }

    /** Marks the webhook the inspector shows, when the list holds it (now, or once it has loaded). */
    public void markShown(String id) {
        shownId = id;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).snapshot().id().equals(id)) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    /** Puts the focus in the filter with its text selected, ready to type over. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private Node createHeader(Runnable collapse) {
        Label title = new Label("Webhooks");
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "sidebar-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label profile = new Label();
        profile.setId("sidebarProfile");
        profile.getStyleClass().add(Styles.TEXT_MUTED);
        profile.textProperty().bind(vm.profileProperty().map(p -> p.name()).orElse(""));
        profile.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button reload = iconButton("sidebarReloadButton", Feather.REFRESH_CW, "List this profile's webhooks again");
        reload.setOnAction(e -> vm.reload());
        reload.disableProperty().bind(vm.profileProperty().isNull().or(vm.loadingProperty()));
        Button hide = iconButton("sidebarCollapseButton", Feather.CHEVRONS_LEFT, Shortcut.TOGGLE_SIDEBAR.tooltip("Hide the webhook list"));
        hide.setOnAction(e -> collapse.run());
        HBox header = new HBox(6, title, profile, grow, reload, hide);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("sidebar-header");
        return header;
    }

    private Node createFilter() {
        filter.setId("sidebarFilter");
        filter.setPromptText("Filter webhooks");
        filter.setLeft(Icons.glyph(Feather.FILTER));
        filter.setAccessibleText("Filter webhooks");
        filter.setTooltip(new Tooltip(Shortcut.FOCUS_SIDEBAR.tooltip("Filter this profile's webhooks by name, ID or URL")));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.disableProperty().bind(vm.profileProperty().isNull());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !list.getItems().isEmpty()) {
                FetchResult pick = list.getSelectionModel().getSelectedItem();
                vm.open(pick != null ? pick : list.getItems().getFirst());
                e.consume();
            }
        });
        VBox box = new VBox(filter);
        box.getStyleClass().add("sidebar-filter");
        return box;
    }

    private Node createStatus() {
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("sidebarProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add(Styles.SMALL);
        bar.visibleProperty().bind(vm.loadingProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("sidebarStatus");
        status.setWrapText(true);
        status.getStyleClass().add("sidebar-status");
        status.textProperty().bind(vm.statusProperty());
        vm.problemProperty().subscribe(p -> status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), p));
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("sidebarCancelButton");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox line = new HBox(6, status, cancel);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, bar, line);
        box.getStyleClass().add("sidebar-status-box");
        return box;
    }

    private Node createList() {
        list.setId("sidebarList");
        list.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "sidebar-list");
        list.setItems(vm.webhooks());
        vm.loadingProperty().addListener((o, was, now) -> {
            if (!now && shownId != null && list.getSelectionModel().isEmpty()) markShown(shownId);
        });
        list.setCellFactory(v -> new WebhookCell());
        Label empty = new Label();
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.when(vm.loadingProperty()).then("")
                .otherwise(Bindings.when(vm.filterProperty().isEmpty()).then("No webhooks.").otherwise("No webhook matches.")));
        list.setPlaceholder(empty);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() == 0) {
                filter.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private static Button iconButton(String id, Feather icon, String tip) {
        Button b = new Button(null, Icons.glyph(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    /**
     * Name (or ID) over the host or ID, the verdict badge at the right; a click opens it. The cell keeps its nodes
     * and changes their text, so scrolling 250 webhooks styles no new nodes.
     */
    private final class WebhookCell extends ListCell<FetchResult> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Label badge = VerdictBadge.of(dev.webhookinspector.core.model.Verdict.UNKNOWN);
        private final HBox row;
        private final java.util.Map<String, Node> marks = new java.util.HashMap<>();
        private String tip;

        WebhookCell() {
            // No width of its own: the cell takes the list's, so long names shorten instead of scrolling sideways.
            setPrefWidth(0);
            title.getStyleClass().add("webhook-title");
            title.setMinWidth(0);
            detail.getStyleClass().add("webhook-detail");
            detail.setMinWidth(0);
            VBox text = new VBox(1, title, detail);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(8, new Region(), text, badge);
            row.setAlignment(Pos.CENTER_LEFT);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty()) vm.open(getItem());
            });
            dev.webhookinspector.ui.HoverTips.install(this, () -> tip);
        }

        @Override protected void updateItem(FetchResult item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                tip = null;
                return;
            }
            Snapshot s = item.snapshot();
            row.getChildren().set(0, marks.computeIfAbsent(s.provider().value(), k -> Icons.providerMark(s.provider(), 16)));
            title.setText(s.title());
            detail.setText(s.name() == null || s.name().isBlank() ? dev.webhookinspector.core.text.Formats.host(s.url()) : s.id());
            VerdictBadge.restyle(badge, s.verdict());
            tip = s.title() + "\n" + s.id() + (s.url() == null ? "" : "\n" + s.url()) + "\n" + s.verdict().label()
                    + (s.reason().isEmpty() ? "" : ": " + s.reason());
            setGraphic(row);
            setAccessibleText(s.title() + ", " + s.verdict().label());
        }
    }
}
