package dev.webhookinspector.ui.board;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.ui.list.ProfileLoad;
import dev.webhookinspector.ui.list.VerdictBadge;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The board: a bar of filters and commands, one chip per profile with its progress or problem, and a table of
 * every webhook (failing first until a column is chosen). Double-click or Enter opens a row in the inspector.
 */
public final class BoardView {
    private static final String CSS = BoardView.class.getResource("/dev/webhookinspector/ui/board/board.css").toExternalForm();

    private final BoardViewModel vm;
    private final ZoneId zone = ZoneId.systemDefault();
    private final BorderPane root = new BorderPane();
    private final TableView<BoardRow> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();

    public BoardView(BoardViewModel vm) {
        this.vm = vm;
        root.setId("board");
        root.getStyleClass().add("board");
        root.getStylesheets().addAll(VerdictBadge.stylesheet(), CSS);
        root.setTop(new VBox(createBar(), createChips()));
        root.setCenter(createTable());
    }

    public Node root() { return root; }

    /** Puts the focus in the table, on its first row, so the arrows and Enter work at once. */
    public void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) table.getSelectionModel().selectFirst();
    }

    private Node createBar() {
        Label title = new Label("Board", Icons.glyph(Feather.GRID));
        title.getStyleClass().addAll(Styles.TITLE_4, "board-title");
        Label summary = new Label();
        summary.setId("boardSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.summaryProperty());

        filter.setId("boardFilter");
        filter.setPromptText("Filter by name, ID, URL, profile");
        filter.setLeft(Icons.glyph(Feather.FILTER));
        filter.textProperty().bindBidirectional(vm.textProperty());
        filter.setPrefWidth(260);
        filter.setAccessibleText("Filter the board");

        ComboBox<Verdict> verdict = choice("boardVerdictFilter", "All verdicts", List.of(Verdict.values()), Verdict::label);
        verdict.valueProperty().bindBidirectional(vm.verdictFilterProperty());
        ComboBox<Provider> provider = choice("boardProviderFilter", "All providers", Providers.all(), Provider::displayName);
        provider.valueProperty().bindBidirectional(vm.providerFilterProperty());
        ComboBox<ProfileChoice> profile = choice("boardProfileFilter", "All profiles", List.of(), ProfileChoice::name);
        Runnable fillProfiles = () -> {
            List<ProfileChoice> items = new ArrayList<>();
            items.add(null);
            items.addAll(vm.profiles());
            ProfileChoice keep = vm.profileFilterProperty().get();
            profile.getItems().setAll(items);
            profile.setValue(keep);
        };
        vm.profiles().addListener((ListChangeListener<ProfileChoice>) c -> fillProfiles.run());
        fillProfiles.run();
        profile.valueProperty().bindBidirectional(vm.profileFilterProperty());

        Button refresh = new Button("Refresh", Icons.glyph(Feather.REFRESH_CW));
        refresh.setId("boardRefreshButton");
        refresh.setTooltip(new Tooltip("List every profile's webhooks again"));
        refresh.setOnAction(e -> vm.refresh(null));
        refresh.disableProperty().bind(vm.runningProperty());
        Button cancel = new Button("Cancel", Icons.glyph(Feather.X));
        cancel.setId("boardCancelButton");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.setTooltip(new Tooltip(Shortcut.CANCEL.tooltip("Stop listing; what loaded stays")));
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

        title.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        summary.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox heading = new HBox(10, title, summary, grow, refresh, cancel);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(Double.MAX_VALUE);
        for (ComboBox<?> c : List.of(verdict, provider, profile)) c.setPrefWidth(190);
        HBox filters = new HBox(8, filter, verdict, provider, profile);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, heading, filters);
        bar.getStyleClass().add("board-bar");
        return bar;
    }

    /** One chip per profile: spinner and page count while loading, the count once loaded, the problem when it failed. */
    private Node createChips() {
        FlowPane chips = new FlowPane(8, 6);
        chips.setId("boardProfiles");
        chips.getStyleClass().add("board-chips");
        Runnable rebuild = () -> {
            List<Node> nodes = new ArrayList<>();
            int i = 0;
            for (ProfileLoad load : vm.loads()) nodes.add(chip(load, i++));
            chips.getChildren().setAll(nodes);
        };
        vm.loads().addListener((ListChangeListener<ProfileLoad>) c -> rebuild.run());
        rebuild.run();
        chips.visibleProperty().bind(Bindings.isNotEmpty(vm.loads()));
        chips.managedProperty().bind(chips.visibleProperty());
        return chips;
    }

    private Node chip(ProfileLoad load, int index) {
        // A still glyph, not a spinner: a dozen spinners cost a layout pass each frame while hundreds of rows arrive.
        Node spinner = Icons.glyph(Feather.LOADER, 12);
        spinner.getStyleClass().add("chip-loading");
        spinner.visibleProperty().bind(load.stateProperty().isEqualTo(ProfileLoad.State.LOADING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label name = new Label(load.profile().name(), Icons.providerMark(load.profile().provider().id(), 16));
        name.getStyleClass().add("chip-name");
        Label progress = new Label();
        progress.setId("boardProfileProgress-" + index);
        progress.textProperty().bind(load.progressProperty());
        progress.getStyleClass().add("chip-progress");
        progress.setMaxWidth(420);
        HBox chip = new HBox(6, name, spinner, progress);
        chip.setId("boardProfile-" + index);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("board-chip");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat(load.profile().name(), ": ", load.progressProperty()));
        Tooltip.install(chip, tip);
        load.stateProperty().subscribe(state -> {
            chip.getStyleClass().removeIf(c -> c.startsWith("chip-state-"));
            chip.getStyleClass().add("chip-state-" + state.name().toLowerCase(java.util.Locale.ROOT));
        });
        return chip;
    }

    private Node createTable() {
        table.setId("boardTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<BoardRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(Bindings.createObjectBinding(() -> {
            Comparator<BoardRow> chosen = table.getComparator();
            return chosen == null ? BoardRow.FAILING_FIRST : chosen.thenComparing(BoardRow.FAILING_FIRST);
        }, table.comparatorProperty()));
        // The sorted list follows the table's comparator through the binding above, with failing-first as tiebreak.
        table.setSortPolicy(t -> true);
        table.setItems(sorted);

        TableColumn<BoardRow, BoardRow> mark = column("", "boardColumnProvider", r -> r, BoardView::markCell);
        mark.setComparator(Comparator.comparing(r -> r.profile().provider().displayName()));
        mark.setPrefWidth(40);
        mark.setMaxWidth(40);
        mark.setMinWidth(40);
        TableColumn<BoardRow, String> profile = column("Profile", "boardColumnProfile", r -> r.profile().name(), (cell, s) -> cell.setText(s));
        profile.setPrefWidth(210);
        TableColumn<BoardRow, BoardRow> name = column("Name", "boardColumnName", r -> r, this::nameCell);
        name.setComparator(Comparator.comparing(BoardRow::name, String.CASE_INSENSITIVE_ORDER));
        name.setPrefWidth(250);
        TableColumn<BoardRow, BoardRow> verdict = column("Verdict", "boardColumnVerdict", r -> r, this::verdictCell);
        verdict.setComparator(Comparator.comparingInt(BoardRow::rank));
        verdict.setPrefWidth(330);
        TableColumn<BoardRow, Integer> failures = column("Failures", "boardColumnFailures", BoardRow::failures, (cell, n) -> {
            BoardRow r = cell.getTableRow().getItem();
            cell.setText(r == null || r.problem() != null ? "" : n < 0 ? "not reported" : Formats.count(n));
            cell.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("muted"), n <= 0);
        });
        failures.setPrefWidth(100);
        failures.getStyleClass().add("number-column");
        TableColumn<BoardRow, Instant> lastFailure = column("Last failure", "boardColumnLastFailure",
                r -> r.lastFailure().orElse(null), (cell, t) -> timeCell(cell, t, cell.getTableRow().getItem() == null
                        || cell.getTableRow().getItem().problem() != null ? "" : cell.getTableRow().getItem().failures() < 0 ? "not reported" : "none"));
        lastFailure.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        lastFailure.setPrefWidth(130);
        TableColumn<BoardRow, Instant> fetched = column("Last fetched", "boardColumnFetched", r -> r.fetchedAt().orElse(null),
                (cell, t) -> timeCell(cell, t, ""));
        fetched.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        fetched.setPrefWidth(120);
        explain(failures, "Failures the provider lists in its own window (Featurebase lists only the last attempt; v0 none)");
        explain(lastFailure, "When the newest listed failure happened; hover a time for the exact one");
        explain(fetched, "When the board listed the webhook; Refresh lists every profile again");
        table.getColumns().setAll(List.of(mark, profile, name, verdict, failures, lastFailure, fetched));

        Label empty = new Label();
        empty.setId("boardPlaceholder");
        empty.textProperty().bind(Bindings.createStringBinding(() -> vm.profiles().isEmpty() ? "No profiles: add one, or explore the demo."
                : vm.runningProperty().get() ? "Loading…" : vm.allRows().isEmpty() ? "No webhooks in these profiles." : "No webhook matches the filters.",
                vm.profiles(), vm.runningProperty(), vm.allRows()));
        table.setPlaceholder(empty);

        table.setRowFactory(t -> {
            TableRow<BoardRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) vm.open(row.getItem());
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        return table;
    }

    /**
     * Cells keep the nodes they made and only change their text and style classes: a table refreshed by hundreds of
     * arriving rows would otherwise style new nodes for every visible cell on each change.
     */
    private static <T> T kept(TableCell<BoardRow, ?> cell, String key, java.util.function.Supplier<T> make) {
        @SuppressWarnings("unchecked")
        T node = (T) cell.getProperties().computeIfAbsent(key, k -> make.get());
        return node;
    }

    private static void tip(TableCell<BoardRow, ?> cell, String text) {
        Tooltip tip = kept(cell, "tooltip", Tooltip::new);
        tip.setText(text);
        cell.setTooltip(tip);
    }

    private static void markCell(TableCell<BoardRow, BoardRow> cell, BoardRow r) {
        String provider = r.profile().provider().id().value();
        cell.setGraphic(kept(cell, "mark-" + provider, () -> Icons.providerMark(r.profile().provider().id(), 16)));
    }

    private void nameCell(TableCell<BoardRow, BoardRow> cell, BoardRow r) {
        if (r.problem() != null) return;
        Label title = kept(cell, "title", () -> {
            Label l = new Label();
            l.getStyleClass().add("row-title");
            return l;
        });
        title.setText(r.name());
        String id = r.snapshot().map(s -> s.id()).orElse("");
        tip(cell, id + r.snapshot().map(s -> s.url() == null ? "" : "\n" + s.url()).orElse(""));
        cell.setGraphic(title);
    }

    private void verdictCell(TableCell<BoardRow, BoardRow> cell, BoardRow r) {
        Label badge = kept(cell, "badge", () -> VerdictBadge.of(Verdict.UNKNOWN));
        Label reason = kept(cell, "reason", () -> {
            Label l = new Label();
            l.getStyleClass().add("row-reason");
            l.setMinWidth(0);
            return l;
        });
        HBox box = kept(cell, "verdict", () -> {
            HBox b = new HBox(8, badge, reason);
            b.setAlignment(Pos.CENTER_LEFT);
            return b;
        });
        r.verdict().ifPresentOrElse(v -> VerdictBadge.restyle(badge, v), () -> VerdictBadge.restyleNotListed(badge));
        reason.setText(r.reason());
        tip(cell, r.reason());
        cell.setGraphic(box);
    }

    private void timeCell(TableCell<BoardRow, ?> cell, Instant t, String none) {
        Instant now = Instant.now();
        cell.setText(t == null ? none : Formats.relative(t, now));
        if (t != null) tip(cell, Formats.tooltip(t, zone, now));
    }

    /** A column whose cells show {@code value} of a row through {@code render}; empty cells are cleared here. */
    private static <T> TableColumn<BoardRow, T> column(String title, String id, Function<BoardRow, T> value,
                                                       BiConsumer<TableCell<BoardRow, T>, T> render) {
        TableColumn<BoardRow, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) render.accept(this, item);
            }
        });
        return c;
    }

    /** A header that says what the column counts, on hover. */
    private static void explain(TableColumn<BoardRow, ?> column, String tip) {
        Label header = new Label(column.getText());
        header.setTooltip(new Tooltip(tip));
        column.setText(null);
        column.setGraphic(header);
    }

    /** A filter choice whose null item reads {@code all}. */
    private static <T> ComboBox<T> choice(String id, String all, List<T> values, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        List<T> items = new ArrayList<>();
        items.add(null);
        items.addAll(values);
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? all : label.apply(t); }

            @Override public T fromString(String s) { return null; }
        });
        box.setButtonCell(new ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? all : label.apply(item));
            }
        });
        box.setAccessibleText(all);
        return box;
    }
}
