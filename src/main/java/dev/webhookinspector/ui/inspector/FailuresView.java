package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.text.Formats;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.model.FailureKind;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Recent failures: filter bar, timeline, and either the full table or the groups by kind. */
final class FailuresView {
    /** An entry of the kind filter; {@code kind} null means all kinds. */
    private record KindChoice(FailureKind kind, String text) {}

    private final FailuresViewModel vm;
    private final Supplier<Instant> now;
    private final java.time.ZoneId zone;
    private final StackPane root = new StackPane();
    private final List<TableView<?>> tables = new ArrayList<>();

    FailuresView(FailuresViewModel vm, Supplier<Instant> now, java.time.ZoneId zone) {
        this.vm = vm;
        this.now = now;
        this.zone = zone;
        root.getStyleClass().add("failures-pane");

        Label note = Ui.label("tab-note", vm.providerNoteProperty());
        note.setId("failuresProviderNote");
        note.setGraphic(Ui.icon(Feather.INFO));
        note.setWrapText(true);
        Ui.showIf(note, vm.providerNoteProperty().isNotEmpty());
        VBox content = new VBox(12, toolbar(), note, timelineCard(), tables());
        content.getStyleClass().add("tab-body");
        content.setId("failuresContent");
        Ui.showIf(content, vm.totalProperty().greaterThan(0));

        VBox empty = emptyState();
        Ui.showIf(empty, vm.totalProperty().isEqualTo(0));
        root.getChildren().addAll(content, empty);
    }

    private Node toolbar() {
        CustomTextField filter = new CustomTextField();
        filter.setId("failureFilter");
        filter.setPromptText("Filter by message or code");
        filter.setLeft(Ui.icon(Feather.SEARCH));
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        filter.setPrefColumnCount(26);
        filter.setAccessibleText("Filter failures by message or code");
        Button clear = Ui.iconButton("clearFailureFilter", Feather.X, "Clear the filter", () -> vm.filterTextProperty().set(""));
        clear.getStyleClass().add("field-clear");
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        filter.setRight(clear);

        ComboBox<KindChoice> kinds = new ComboBox<>();
        kinds.setId("failureKindFilter");
        kinds.setAccessibleText("Show only one kind of failure");
        kinds.setTooltip(Ui.tooltip("Show only one kind of failure"));
        kinds.setCellFactory(l -> new KindCell());
        kinds.setButtonCell(new KindCell());
        Runnable fill = () -> {
            NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
            List<KindChoice> items = new ArrayList<>();
            items.add(new KindChoice(null, "All kinds (" + nf.format(vm.totalProperty().get()) + ")"));
            for (FailureGroup g : vm.allGroups()) {
                items.add(new KindChoice(g.kind(), g.kind().label() + " (" + nf.format(g.count()) + ")"));
            }
            kinds.getItems().setAll(items);
            kinds.getSelectionModel().selectFirst();
        };
        vm.allGroups().addListener((ListChangeListener<FailureGroup>) c -> fill.run());
        fill.run();
        kinds.valueProperty().addListener((o, a, b) -> vm.kindFilterProperty().set(b == null ? null : b.kind()));
        vm.kindFilterProperty().addListener((o, a, k) -> {
            for (KindChoice c : kinds.getItems()) {
                if (c.kind() == k && kinds.getValue() != c) kinds.setValue(c);
            }
        });

        Label summary = Ui.label("failure-summary", vm.summaryProperty());
        summary.setId("failureSummary");
        summary.setMinWidth(Label.USE_PREF_SIZE);

        ToggleGroup modes = new ToggleGroup();
        ToggleButton list = modeButton("failuresListMode", "List", Feather.LIST, FailuresViewModel.Mode.LIST, modes);
        list.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton grouped = modeButton("failuresGroupedMode", "By kind", Feather.LAYERS, FailuresViewModel.Mode.GROUPED, modes);
        grouped.getStyleClass().add(Styles.RIGHT_PILL);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) { a.setSelected(true); return; }
            vm.modeProperty().set((FailuresViewModel.Mode) b.getUserData());
        });
        vm.modeProperty().addListener((o, a, m) -> (m == FailuresViewModel.Mode.LIST ? list : grouped).setSelected(true));
        (vm.modeProperty().get() == FailuresViewModel.Mode.LIST ? list : grouped).setSelected(true);
        HBox segmented = new HBox(list, grouped);
        segmented.setMinWidth(HBox.USE_PREF_SIZE);

        HBox bar = new HBox(10, filter, kinds, summary, Ui.grow(), segmented);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tab-toolbar");
        HBox.setHgrow(filter, Priority.SOMETIMES);
        return bar;
    }

    private static ToggleButton modeButton(String id, String text, Feather icon, FailuresViewModel.Mode mode, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text, Ui.icon(icon));
        b.setId(id);
        b.setUserData(mode);
        b.setToggleGroup(group);
        b.setMinWidth(ToggleButton.USE_PREF_SIZE);
        return b;
    }

    private Node timelineCard() {
        Label title = Ui.label("card-title", vm.timelineTitleProperty());
        title.setId("timelineTitle");
        FlowPane legend = new FlowPane(12, 4);
        legend.setAlignment(Pos.CENTER_RIGHT);
        legend.getStyleClass().add("timeline-legend");
        Runnable fillLegend = () -> legend.getChildren().setAll(vm.allGroups().stream()
                .map(FailureGroup::kind).sorted().map(KindStyle::legend).toList());
        vm.allGroups().addListener((ListChangeListener<FailureGroup>) c -> fillLegend.run());
        fillLegend.run();
        HBox.setHgrow(legend, Priority.ALWAYS);
        HBox head = new HBox(12, title, legend);
        head.setAlignment(Pos.CENTER_LEFT);

        FailureTimelineChart chart = new FailureTimelineChart(vm.timelineProperty(), zone);
        chart.setId("failureTimeline");
        Label none = Ui.label("section-note", vm.timelineNoteProperty());
        none.setId("timelineNote");
        StackPane body = new StackPane(chart, none);
        none.visibleProperty().bind(vm.timelineNoteProperty().isNotEmpty());
        chart.visibleProperty().bind(none.visibleProperty().not());
        VBox card = new VBox(6, head, body);
        card.getStyleClass().addAll("section-card", "timeline-card");
        Ui.showIf(card, vm.timelineUsefulProperty());
        return card;
    }

    private Node tables() {
        TableView<FailuresViewModel.Row> table = failuresTable();
        TableView<FailureGroup> groups = groupsTable();
        table.visibleProperty().bind(vm.modeProperty().isEqualTo(FailuresViewModel.Mode.LIST));
        groups.visibleProperty().bind(table.visibleProperty().not());
        tables.add(table);
        tables.add(groups);
        StackPane stack = new StackPane(table, groups);
        VBox.setVgrow(stack, Priority.ALWAYS);
        return stack;
    }

    private TableView<FailuresViewModel.Row> failuresTable() {
        TableView<FailuresViewModel.Row> table = new TableView<>(vm.sortedRows());
        table.setId("failuresTable");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, "failures-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.sortedRows().comparatorProperty().bind(table.comparatorProperty());

        TableColumn<FailuresViewModel.Row, Instant> time = new TableColumn<>("Time");
        time.setId("failureTimeColumn");
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().time()));
        time.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        time.setCellFactory(c -> new TimeCell<>());
        time.setPrefWidth(300);
        time.setMinWidth(290);
        time.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<FailuresViewModel.Row, FailureKind> kind = new TableColumn<>("Kind");
        kind.setId("failureKindColumn");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kind.setCellFactory(c -> new KindTableCell<>());
        kind.setPrefWidth(170);
        kind.setMinWidth(170);

        TableColumn<FailuresViewModel.Row, Integer> code = new TableColumn<>("Code");
        code.setId("failureCodeColumn");
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().code()));
        code.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        code.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : v == null ? "—" : String.valueOf(v));
            }
        });
        code.setPrefWidth(80);
        code.setMinWidth(64);
        code.getStyleClass().add("column-code");

        TableColumn<FailuresViewModel.Row, String> message = new TableColumn<>("Message");
        message.setId("failureMessageColumn");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        message.setCellFactory(c -> new TextCell<>(60));
        message.setPrefWidth(480);

        table.getColumns().addAll(List.of(time, kind, code, message));
        // Free-text failures often carry no code: an all-dash column would only take room
        Runnable codeVisible = () -> code.setVisible(vm.sortedRows().stream().anyMatch(r -> r.code() != null));
        vm.allGroups().addListener((ListChangeListener<FailureGroup>) c -> codeVisible.run());
        codeVisible.run();
        table.getSortOrder().add(time);

        table.setRowFactory(t -> {
            TableRow<FailuresViewModel.Row> row = new TableRow<>();
            MenuItem copy = new MenuItem("Copy failure", Ui.icon(Feather.COPY));
            copy.setOnAction(e -> vm.copy(row.getItem()));
            MenuItem copyMessage = new MenuItem("Copy message");
            copyMessage.setOnAction(e -> vm.copyMessage(row.getItem()));
            MenuItem onlyKind = new MenuItem("Show only this kind");
            onlyKind.setOnAction(e -> vm.kindFilterProperty().set(row.getItem().kind()));
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty()).then((ContextMenu) null)
                    .otherwise(new ContextMenu(copy, copyMessage, onlyKind)));
            return row;
        });
        table.setOnKeyPressed(e -> {
            var sel = table.getSelectionModel().getSelectedItem();
            if (sel != null && new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.copy(sel);
                e.consume();
            }
        });

        Label none = new Label("No failures match the filter.");
        Button clear = Ui.textButton("clearFailureFilters", "Clear filters", Feather.X, vm::clearFilters);
        VBox placeholder = new VBox(8, none, clear);
        placeholder.setAlignment(Pos.CENTER);
        table.setPlaceholder(placeholder);
        return table;
    }

    private TableView<FailureGroup> groupsTable() {
        TableView<FailureGroup> table = new TableView<>(vm.groups());
        table.setId("failureGroupsTable");
        table.getStyleClass().addAll(Styles.DENSE, "groups-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<FailureGroup, FailureKind> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        kind.setCellFactory(c -> new KindTableCell<>());
        kind.setPrefWidth(170);
        kind.setMinWidth(160);

        TableColumn<FailureGroup, Integer> count = new TableColumn<>("Count");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setCellFactory(c -> new TableCell<>() {
            @Override protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) { setText(null); setGraphic(null); return; }
                int total = Math.max(1, vm.shownProperty().get());
                setText(Formats.count(v));
                Label share = Ui.label("share", Math.round(100.0 * v / total) + "%");
                setGraphic(share);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                setGraphicTextGap(8);
            }
        });
        count.setPrefWidth(110);
        count.setMinWidth(100);
        count.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<FailureGroup, Instant> first = new TableColumn<>("First seen");
        first.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().firstSeen()));
        first.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        first.setCellFactory(c -> new TimeCell<>());
        first.setPrefWidth(300);
        first.setMinWidth(300);
        TableColumn<FailureGroup, Instant> last = new TableColumn<>("Last seen");
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastSeen()));
        last.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        last.setCellFactory(c -> new TimeCell<>());
        last.setPrefWidth(300);
        last.setMinWidth(300);

        TableColumn<FailureGroup, String> common = new TableColumn<>("Most common message");
        common.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().commonMessage()));
        common.setCellFactory(c -> new TextCell<>(40));
        common.setPrefWidth(360);
        common.setMinWidth(200);

        table.getColumns().addAll(List.of(kind, count, first, last, common));
        table.setPlaceholder(new Label("No failures match the filter."));
        table.setRowFactory(t -> {
            TableRow<FailureGroup> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.kindFilterProperty().set(row.getItem().kind());
                    vm.modeProperty().set(FailuresViewModel.Mode.LIST);
                }
            });
            Ui.tooltipOnHover(row, () -> row.isEmpty() ? null : "Double-click to list only this kind");
            return row;
        });
        return table;
    }

    private VBox emptyState() {
        FontIcon icon = Ui.icon(Feather.SLASH);
        icon.getStyleClass().add("empty-icon");
        vm.reportedProperty().addListener((o, a, r) -> {
            icon.setIconCode(r ? Feather.CHECK_CIRCLE : Feather.SLASH);
            icon.getStyleClass().remove("empty-icon-success");
            if (r) icon.getStyleClass().add("empty-icon-success");
        });
        Label note = Ui.label("empty-title", vm.emptyNoteProperty());
        note.setId("failuresNote");
        note.setWrapText(true);
        Label more = Ui.label("empty-text", Bindings.when(vm.reportedProperty())
                .then("Failed deliveries will be listed here, with a timeline and a breakdown by kind.")
                .otherwise("Its webhook settings are under Overview and Fields; the response itself under Raw JSON."));
        more.setWrapText(true);
        VBox box = new VBox(10, icon, note, more);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        box.setMaxWidth(520);
        return box;
    }

    /*
     * The cells below keep their labels and tooltip and only change texts: scrolling or filtering
     * 10,000 rows then re-uses a screenful of nodes instead of building new ones on every update.
     */

    /** Plain text, with the full text on hover when it may be cut off. */
    private static final class TextCell<S> extends TableCell<S, String> {
        private final int tooltipFrom;
        private String tip;

        TextCell(int tooltipFrom) {
            this.tooltipFrom = tooltipFrom;
            Ui.tooltipOnHover(this, () -> tip);
        }

        @Override protected void updateItem(String v, boolean empty) {
            super.updateItem(v, empty);
            setText(empty ? null : v);
            tip = !empty && v != null && v.length() >= tooltipFrom ? v : null;
        }
    }

    /** Local time with a muted relative time; UTC on hover. */
    private final class TimeCell<S> extends TableCell<S, Instant> {
        private final Label local = new Label();
        private final Label relative = new Label();
        private final HBox box = new HBox(8, local, relative);
        private Instant time;

        TimeCell() {
            relative.getStyleClass().add("relative-time");
            box.setAlignment(Pos.CENTER_LEFT);
            Ui.tooltipOnHover(this, () -> time == null ? null : Formats.tooltip(time, zone, now.get()));
        }

        @Override protected void updateItem(Instant t, boolean empty) {
            super.updateItem(t, empty);
            setText(null);
            time = empty ? null : t;
            if (empty) { setGraphic(null); return; }
            if (t == null) {
                local.setText("time not reported");
                relative.setText("");
            } else {
                local.setText(Formats.absolute(t, zone));
                relative.setText(Formats.relative(t, now.get()));
            }
            setGraphic(box);
        }
    }

    private static final class KindTableCell<S> extends TableCell<S, FailureKind> {
        private final Label chip = new Label();
        private FailureKind shown;

        KindTableCell() {
            chip.getStyleClass().add("kind-chip");
            chip.setMinWidth(Label.USE_PREF_SIZE);
        }

        @Override protected void updateItem(FailureKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(null);
            if (empty || k == null) { setGraphic(null); return; }
            if (k != shown) {
                if (shown != null) chip.getStyleClass().remove(KindStyle.css(shown));
                chip.getStyleClass().add(KindStyle.css(k));
                chip.setText(k.label());
                shown = k;
            }
            setGraphic(chip);
        }
    }

    private static final class KindCell extends ListCell<KindChoice> {
        @Override protected void updateItem(KindChoice c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : c.text());
            setGraphic(empty || c == null || c.kind() == null ? null : swatch(c.kind()));
        }

        private static Node swatch(FailureKind k) {
            javafx.scene.layout.Region r = new javafx.scene.layout.Region();
            r.getStyleClass().addAll("kind-swatch", KindStyle.css(k));
            return r;
        }
    }

    void refreshTimes() { tables.forEach(TableView::refresh); }

    Node root() { return root; }
}
