package dev.webhookinspector.ui.inspector;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.model.Metric;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The at-a-glance tab: verdict banner, health tiles, event chips and signing secrets. */
final class OverviewView {
    private final ScrollPane root;
    private final OverviewViewModel vm;

    OverviewView(OverviewViewModel vm, Runnable showFailures) {
        this.vm = vm;
        VBox content = new VBox(16, verdict(showFailures), health(), events(), secrets());
        content.getStyleClass().add("tab-body");
        root = new ScrollPane(content);
        root.setId("overviewPane");
        root.setFitToWidth(true);
        root.getStyleClass().add("inspector-scroll");
    }

    private Node verdict(Runnable showFailures) {
        FontIcon icon = new FontIcon();
        icon.getStyleClass().add("verdict-icon");
        Label title = new Label();
        title.setId("verdictTitle");
        title.getStyleClass().add("verdict-title");
        Label text = new Label();
        text.setId("verdictText");
        text.getStyleClass().add("verdict-text");
        text.setWrapText(true);
        VBox words = new VBox(2, title, text);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button show = Ui.textButton("showFailures", "Show failures", Feather.ARROW_RIGHT, showFailures);
        show.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        show.setMinWidth(Button.USE_PREF_SIZE);
        HBox box = new HBox(12, icon, words, show);
        box.setId("verdict");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("verdict");
        vm.verdictProperty().addListener((o, a, v) -> {
            box.setVisible(v != null);
            box.setManaged(v != null);
            if (v == null) return;
            box.getStyleClass().removeIf(c -> c.startsWith("verdict-tone-"));
            box.getStyleClass().add("verdict-tone-" + v.tone().name().toLowerCase(Locale.ROOT));
            icon.setIconCode(switch (v.tone()) {
                case SUCCESS -> Feather.CHECK_CIRCLE;
                case WARNING -> Feather.ALERT_CIRCLE;
                case DANGER -> Feather.ALERT_OCTAGON;
                case INFO -> Feather.INFO;
            });
            title.setText(v.title());
            text.setText(v.text());
            text.setVisible(!v.text().isEmpty());
            text.setManaged(!v.text().isEmpty());
            show.setVisible(v.offerFailures());
            show.setManaged(v.offerFailures());
        });
        box.setVisible(false);
        box.setManaged(false);
        return box;
    }

    private Node health() {
        FlowPane tiles = new FlowPane(12, 12);
        tiles.setId("metricTiles");
        tiles.getStyleClass().add("metric-tiles");
        vm.tiles().addListener((ListChangeListener<MetricTile>) c -> {
            tiles.getChildren().setAll(vm.tiles().stream().map(OverviewView::tile).toList());
        });
        Ui.showIf(tiles, vm.metricsReportedProperty());
        Label note = note("metricsNote", vm.metricsNoteProperty().getValue());
        note.textProperty().bind(vm.metricsNoteProperty());
        Ui.showIf(note, vm.metricsReportedProperty().not());
        return section("Health", Feather.ACTIVITY, tiles, note);
    }

    private static Node tile(MetricTile t) {
        Label label = Ui.label("metric-label", t.label());
        Label value = Ui.label("metric-value", t.value());
        value.setId("metricValue-" + t.key());
        Label detail = Ui.label("metric-detail", t.detail());
        VBox box = new VBox(4, label, value, detail);
        box.setId("metric-" + t.key());
        box.getStyleClass().addAll("metric-tile", "level-" + t.level().name().toLowerCase(Locale.ROOT));
        if (t.level() == Metric.Level.WARNING || t.level() == Metric.Level.CRITICAL) {
            FontIcon mark = Ui.icon(t.level() == Metric.Level.CRITICAL ? Feather.ALERT_OCTAGON : Feather.ALERT_TRIANGLE);
            mark.getStyleClass().add("metric-level-icon");
            detail.setGraphic(mark);
        }
        javafx.scene.control.Tooltip.install(box, Ui.tooltip(t.tooltip()));
        box.setAccessibleText(t.label() + ": " + t.value() + (t.detail().isEmpty() ? "" : ", " + t.detail()));
        return box;
    }

    private Node events() {
        FlowPane chips = new FlowPane(8, 8);
        chips.setId("eventChips");
        vm.events().addListener((ListChangeListener<OverviewViewModel.EventChip>) c ->
                chips.getChildren().setAll(vm.events().stream().map(OverviewView::chip).toList()));
        Label note = note("eventsNote", "");
        note.textProperty().bind(vm.eventsNoteProperty());
        Ui.showIf(note, vm.eventsNoteProperty().isNotEmpty());
        VBox section = section("", Feather.ZAP, chips, note);
        Label title = (Label) section.lookup(".section-title");
        title.textProperty().bind(Bindings.concat(vm.eventsTitleProperty(), "  ", Bindings.size(vm.events()).asString()));
        return section;
    }

    private static Node chip(OverviewViewModel.EventChip e) {
        Label chip = new Label(e.name());
        chip.getStyleClass().addAll("event-chip", "mono");
        chip.setId("event-" + e.name());
        if (e.unknown()) {
            chip.getStyleClass().add("unknown");
            chip.setGraphic(Ui.icon(Feather.HELP_CIRCLE));
            chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            chip.setTooltip(Ui.tooltip("Not in the provider's documented list of events; a newer API version may have added it."));
            chip.setAccessibleText(e.name() + ", not a documented event");
        }
        return chip;
    }

    private Node secrets() {
        SecretsViewModel s = vm.secrets();
        GridPane grid = new GridPane();
        grid.setId("secretRows");
        grid.getStyleClass().add("secret-grid");
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labelCol = new ColumnConstraints();
        labelCol.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints valueCol = new ColumnConstraints();
        valueCol.setHgrow(Priority.ALWAYS);
        valueCol.setMinWidth(120);
        grid.getColumnConstraints().addAll(labelCol, valueCol);
        s.rows().addListener((ListChangeListener<SecretsViewModel.Row>) c -> {
            grid.getChildren().clear();
            for (SecretsViewModel.Row row : s.rows()) addSecret(grid, row);
        });
        Ui.showIf(grid, Bindings.isNotEmpty(s.rows()));
        Label note = note("secretsNote", "");
        note.textProperty().bind(s.noteProperty());
        return section("Signing secrets", Feather.KEY, grid, note);
    }

    private static void addSecret(GridPane grid, SecretsViewModel.Row row) {
        int i = row.index();
        Label name = Ui.label("secret-label", row.label());
        Label value = new Label();
        value.textProperty().bind(row.shownProperty());
        value.setId("secretValue" + i);
        value.getStyleClass().addAll("secret-value", "mono");
        value.setMaxWidth(Double.MAX_VALUE);
        value.setMinWidth(0);

        ToggleButton reveal = new ToggleButton();
        reveal.setId("revealSecret" + i);
        reveal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reveal.selectedProperty().bindBidirectional(row.revealedProperty());
        FontIcon eye = Ui.icon(Feather.EYE);
        reveal.graphicProperty().bind(Bindings.when(row.revealedProperty()).then((Node) Ui.icon(Feather.EYE_OFF)).otherwise(eye));
        String n = "secret \"" + row.label() + "\"";
        reveal.accessibleTextProperty().bind(Bindings.when(row.revealedProperty()).then("Hide " + n).otherwise("Reveal " + n));
        javafx.scene.control.Tooltip tip = Ui.tooltip("");
        tip.textProperty().bind(reveal.accessibleTextProperty());
        reveal.setTooltip(tip);

        Button copy = Ui.iconButton("copySecret" + i, Feather.COPY, "Copy " + n + " (stays masked on screen)", row::copy);
        HBox buttons = new HBox(2, reveal, copy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(i, name, value, buttons);
    }

    private static VBox section(String title, org.kordamp.ikonli.Ikon ikon, Node... body) {
        Label heading = Ui.label("section-title", title);
        heading.setGraphic(Ui.icon(ikon));
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(body);
        box.getStyleClass().add("section-card");
        return box;
    }

    private static Label note(String id, String text) {
        Label l = Ui.label("section-note", text);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    Node root() { return root; }
}
