package dev.webhookinspector.ui.board;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.ui.list.ProfileLoad;
import dev.webhookinspector.ui.list.VerdictBadge;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
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
    private final BorderPane root = new BorderPane();
    private final BoardTable table;
    private final CustomTextField filter = new CustomTextField();

    public BoardView(BoardViewModel vm) {
        this.vm = vm;
        root.setId("board");
        root.getStyleClass().add("board");
        root.getStylesheets().addAll(VerdictBadge.stylesheet(), CSS);
        root.setTop(new VBox(createBar(), createChips()));
        table = new BoardTable(vm);
        root.setCenter(table.control());
    }

    public Node root() { return root; }

    /** Puts the focus in the table, on its first row, so the arrows and Enter work at once. */
    public void focus() {
        table.focus();
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
