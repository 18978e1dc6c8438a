package dev.webhookinspector.ui.inspector;

import java.io.File;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The History tab: toolbar (Export report, Clear history), the timeline chart, the failure log and a diff. */
final class HistoryView {
    private final HistoryViewModel vm;
    private final VBox root = new VBox(10);

    HistoryView(HistoryViewModel vm) {
        this.vm = vm;
        vm.setFileTarget(this::chooseFile);
        StackPane body = new StackPane(createContent(), createEmpty(), createLoading());
        VBox.setVgrow(body, Priority.ALWAYS);
        root.getChildren().addAll(createToolbar(), createConfirm(), createNotice(), body);
        root.getStyleClass().addAll("tab-body", "history-tab");
    }

    private Node createToolbar() {
        Label summary = Ui.label("tab-note", vm.summaryProperty());
        summary.setId("historySummary");
        summary.setMinWidth(0);
        MenuButton export = new MenuButton("Export report", Ui.icon(Feather.DOWNLOAD));
        export.setId("exportReport");
        for (HistoryViewModel.Format f : HistoryViewModel.Format.values()) {
            MenuItem item = new MenuItem(f.label() + " (." + f.extension() + ")");
            item.setId("export" + f.name().charAt(0) + f.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> vm.export(f));
            export.getItems().add(item);
        }
        export.setTooltip(Ui.tooltip("Save a report of this webhook and its history, with nothing secret in it"));
        export.disableProperty().bind(vm.canExportProperty().not().or(vm.busyProperty()));
        Button clear = Ui.textButton("clearHistory", "Clear history", Feather.TRASH_2, vm::requestClear);
        clear.disableProperty().bind(vm.stateProperty().isNotEqualTo(HistoryViewModel.State.LOADED).or(vm.busyProperty()));
        HBox bar = new HBox(8, summary, Ui.grow(), export, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tab-toolbar");
        return bar;
    }

    private Node createConfirm() {
        Label text = Ui.label("history-confirm-text", "Delete every fetch and failure recorded for this webhook? This cannot be undone.");
        text.setId("historyConfirmText");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button yes = Ui.textButton("historyConfirmClear", "Clear", Feather.TRASH_2, vm::confirmClear);
        yes.getStyleClass().add("danger");
        Button no = Ui.textButton("historyCancelClear", "Cancel", Feather.X, vm::cancelClear);
        HBox bar = new HBox(10, Ui.icon(Feather.ALERT_TRIANGLE), text, yes, no);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("history-confirm");
        bar.setId("historyConfirm");
        Ui.showIf(bar, vm.confirmingClearProperty());
        return bar;
    }

    private Node createNotice() {
        Label notice = Ui.label("tab-note", vm.noticeProperty());
        notice.setId("historyNotice");
        notice.setGraphic(Ui.icon(Feather.INFO));
        Ui.showIf(notice, vm.noticeProperty().isNotEmpty());
        return notice;
    }

    private Node createContent() {
        VBox chartCard = Ui.card("Verdict and failures per fetch", Feather.ACTIVITY, new HistoryChart(vm.points(), vm.zone()));

        TableView<HistoryViewModel.FailureRow> log = new TableView<>(vm.failures());
        log.setId("historyFailures");
        log.getColumns().add(column("Time", 150, HistoryViewModel.FailureRow::time));
        TableColumn<HistoryViewModel.FailureRow, String> message = column("Message", 260, HistoryViewModel.FailureRow::message);
        log.getColumns().add(message);
        log.getColumns().add(column("First seen", 150, HistoryViewModel.FailureRow::firstSeen));
        log.getColumns().add(column("Last seen", 150, HistoryViewModel.FailureRow::lastSeen));
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        log.setPlaceholder(Ui.label("tab-note", "No failure recorded."));
        VBox.setVgrow(log, Priority.ALWAYS);
        VBox logCard = Ui.card("Failure log", Feather.ALERT_TRIANGLE, log);

        ComboBox<Instant> from = times("historyFrom", vm.fromProperty());
        ComboBox<Instant> to = times("historyTo", vm.toProperty());
        HBox pick = new HBox(8, from, Ui.label("tab-note", "→"), to);
        pick.setAlignment(Pos.CENTER_LEFT);
        ListView<String> diff = new ListView<>(vm.diff());
        diff.setId("historyDiff");
        diff.getStyleClass().add("history-diff");
        // Wordings can be long (a URL, a rotated secret): wrapped to the list's width, never scrolled sideways.
        diff.setCellFactory(l -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
                setMaxWidth(Double.MAX_VALUE);
            }

            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        VBox.setVgrow(diff, Priority.ALWAYS);
        VBox diffCard = Ui.card("Compare two fetches", Feather.GIT_COMMIT, pick, diff);

        HBox lower = new HBox(12, logCard, diffCard);
        HBox.setHgrow(logCard, Priority.ALWAYS);
        diffCard.setPrefWidth(360);
        diffCard.setMinWidth(360);
        diffCard.setMaxWidth(360);
        VBox.setVgrow(lower, Priority.ALWAYS);
        VBox content = new VBox(12, chartCard, lower);
        content.setId("historyContent");
        content.visibleProperty().bind(vm.stateProperty().isEqualTo(HistoryViewModel.State.LOADED));
        return content;
    }

    private ComboBox<Instant> times(String id, javafx.beans.property.ObjectProperty<Instant> value) {
        ComboBox<Instant> box = new ComboBox<>(vm.times());
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        Function<Instant, String> label = vm::timeLabel;
        box.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(Instant t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : label.apply(t));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    private static TableColumn<HistoryViewModel.FailureRow, String> column(String title, double width,
                                                                           Function<HistoryViewModel.FailureRow, String> value) {
        TableColumn<HistoryViewModel.FailureRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }


    private Node createEmpty() {
        FontIcon icon = new FontIcon(Feather.CLOCK);
        icon.getStyleClass().add("empty-icon");
        Label title = Ui.label("empty-title", "No history yet");
        Label text = Ui.label("empty-text", vm.emptyTextProperty());
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(10, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.setId("historyEmpty");
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(vm.stateProperty().isEqualTo(HistoryViewModel.State.EMPTY));
        title.textProperty().bind(vm.emptyTitleProperty());
        return box;
    }

    private Node createLoading() {
        ProgressIndicator p = new ProgressIndicator();
        p.setMaxSize(36, 36);
        p.visibleProperty().bind(vm.stateProperty().isEqualTo(HistoryViewModel.State.LOADING));
        return p;
    }

    /** The app's way to pick where a report goes; tests replace it through the view model. */
    private Optional<java.nio.file.Path> chooseFile(HistoryViewModel.Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export report");
        chooser.setInitialFileName(vm.suggestedName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }

    Node root() { return root; }
}
