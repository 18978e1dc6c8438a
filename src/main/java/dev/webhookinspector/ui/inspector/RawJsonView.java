package dev.webhookinspector.ui.inspector;

import atlantafx.base.controls.CustomTextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The masked response, one virtualized row per line so a megabyte of JSON scrolls smoothly;
 * syntax colours and search highlights come from CSS classes.
 */
final class RawJsonView {
    private final RawJsonViewModel vm;
    private final VBox root;
    private final ListView<JsonLines.Line> list;

    RawJsonView(RawJsonViewModel vm) {
        this.vm = vm;
        list = new ListView<>(vm.lines());
        list.setId("rawJson");
        list.getStyleClass().add("json-view");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new LineCell());
        list.setPlaceholder(new Label("The response had no body."));
        list.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelection();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        CustomTextField search = new CustomTextField();
        search.setId("rawSearch");
        search.setPromptText("Find in JSON");
        search.setAccessibleText("Find in the raw JSON");
        search.setLeft(Ui.icon(Feather.SEARCH));
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setPrefColumnCount(24);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) { if (e.isShiftDown()) vm.previous(); else vm.next(); e.consume(); }
            else if (e.getCode() == KeyCode.ESCAPE) { vm.queryProperty().set(""); e.consume(); }
        });
        Label count = Ui.label("search-count", vm.matchTextProperty());
        count.setId("rawSearchCount");
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button prev = Ui.iconButton("rawSearchPrevious", Feather.CHEVRON_UP, "Previous match (Shift+Enter)", vm::previous);
        Button next = Ui.iconButton("rawSearchNext", Feather.CHEVRON_DOWN, "Next match (Enter)", vm::next);
        prev.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.matchesProperty().get().isEmpty(), vm.matchesProperty()));
        next.disableProperty().bind(prev.disableProperty());

        FontIcon lock = Ui.icon(Feather.LOCK);
        Label masked = new Label("Secrets masked", lock);
        masked.getStyleClass().add("tab-note");
        masked.setMinWidth(Label.USE_PREF_SIZE);
        Button copy = Ui.textButton("copyRawJson", "Copy JSON", Feather.COPY, vm::copyAll);
        copy.setTooltip(Ui.tooltip("Copy the whole response, secrets masked"));
        copy.setMinWidth(Button.USE_PREF_SIZE);

        HBox bar = new HBox(8, search, count, prev, next, Ui.grow(), masked, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tab-toolbar");

        vm.currentMatchProperty().addListener((o, a, m) -> {
            list.refresh();
            if (m == null) return;
            list.getSelectionModel().clearAndSelect(m.line());
            list.scrollTo(Math.max(0, m.line() - 4));
        });
        vm.matchesProperty().addListener((o, a, b) -> list.refresh());

        root = new VBox(10, bar, list);
        root.getStyleClass().add("tab-body");
    }

    private void copySelection() {
        List<JsonLines.Line> selected = new ArrayList<>(list.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) return;
        selected.sort(java.util.Comparator.comparingInt(JsonLines.Line::number));
        vm.copyLines(selected.stream().map(JsonLines.Line::text).collect(Collectors.joining("\n")));
    }

    private final class LineCell extends ListCell<JsonLines.Line> {
        private final Label number = new Label();
        private final TextFlow flow = new TextFlow();
        private final HBox box = new HBox(number, flow);

        LineCell() {
            getStyleClass().add("json-line");
            number.getStyleClass().add("json-gutter");
            number.setMinWidth(Label.USE_PREF_SIZE);
            number.setAlignment(Pos.CENTER_RIGHT);
            flow.getStyleClass().add("json-text");
            flow.setMinWidth(0);
            HBox.setHgrow(flow, Priority.ALWAYS);
            box.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
        }

        @Override protected void updateItem(JsonLines.Line line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) { setGraphic(null); return; }
            int digits = String.valueOf(vm.lines().size()).length();
            number.setText(String.format(Locale.ROOT, "%" + digits + "d", line.number()));
            flow.getChildren().setAll(render(line, getIndex()));
            setGraphic(box);
        }

        /** Tokens as coloured Text; the parts that match the search become highlighted labels. */
        private List<Node> render(JsonLines.Line line, int index) {
            List<JsonLines.Match> hits = vm.matchesProperty().get().stream().filter(m -> m.line() == index).toList();
            JsonLines.Match current = vm.currentMatchProperty().get();
            List<Node> out = new ArrayList<>();
            int pos = 0;
            for (JsonLines.Token t : line.tokens()) {
                int start = pos;
                int end = pos + t.text().length();
                int cursor = start;
                for (JsonLines.Match m : hits) {
                    int a = Math.max(m.start(), start);
                    int b = Math.min(m.end(), end);
                    if (a >= b) continue;
                    if (a > cursor) out.add(text(t.type(), line.text().substring(cursor, a)));
                    Label hit = new Label(line.text().substring(a, b));
                    hit.getStyleClass().addAll("json-match", css(t.type()));
                    if (m.equals(current)) hit.getStyleClass().add("current");
                    out.add(hit);
                    cursor = b;
                }
                if (cursor < end) out.add(text(t.type(), line.text().substring(cursor, end)));
                pos = end;
            }
            return out;
        }

        private Text text(JsonLines.TokenType type, String s) {
            Text t = new Text(s);
            t.getStyleClass().addAll("json-token", css(type));
            return t;
        }
    }

    private static String css(JsonLines.TokenType type) {
        return "json-" + type.name().toLowerCase(Locale.ROOT);
    }

    Node root() { return root; }
}
