package dev.webhookinspector.ui.board;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.list.VerdictBadge;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import dev.webhookinspector.ui.HoverTips;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * The board's table: one row per webhook or per profile that could not be listed, failing first until the user
 * sorts by a column. Double-click or Enter opens a row.
 */
final class BoardTable {
    private final BoardViewModel vm;
    private final ZoneId zone = ZoneId.systemDefault();
    private final TableView<BoardRow> table = new TableView<>();

    BoardTable(BoardViewModel vm) {
        this.vm = vm;
        createTable();
    }

    TableView<BoardRow> control() { return table; }

    /** Puts the focus in the table, on its first row, so the arrows and Enter work at once. */
    void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) table.getSelectionModel().selectFirst();
    }

    private void createTable() {
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

        TableColumn<BoardRow, BoardRow> mark = column("", "boardColumnProvider", r -> r, BoardTable::markCell);
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

    /** The words the cell's tooltip shows on hover (HoverTips makes it then). */
    private static void tip(TableCell<BoardRow, ?> cell, String text) {
        cell.getProperties().put("tip", text);
    }

    private static void markCell(TableCell<BoardRow, BoardRow> cell, BoardRow r) {
        String provider = r.profile().provider().id().value();
        cell.setGraphic(kept(cell, "mark-" + provider, () -> Icons.providerMark(r.profile().provider().id(), 16)));
    }

    private void nameCell(TableCell<BoardRow, BoardRow> cell, BoardRow r) {
        if (r.problem() != null) {
            cell.setGraphic(null);
            return;
        }
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
        c.setCellFactory(col -> {
            TableCell<BoardRow, T> cell = new TableCell<>() {
                @Override protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    getProperties().remove("tip");
                    if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                        setText(null);
                        setGraphic(null);
                        return;
                    }
                    // Each render sets what it shows; a graphic it keeps stays attached, so nothing is restyled for nothing.
                    setText(null);
                    render.accept(this, item);
                }
            };
            HoverTips.install(cell, () -> (String) cell.getProperties().get("tip"));
            return cell;
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
}
