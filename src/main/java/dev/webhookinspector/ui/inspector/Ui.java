package dev.webhookinspector.ui.inspector;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders shared by the inspector's views, so every icon button has an id, a tooltip and an accessible name. */
final class Ui {
    private Ui() {}

    /** A titled section of a tab: the theme's card with a heading and its icon. */
    static javafx.scene.layout.VBox card(String title, Ikon icon, Node... body) {
        Label heading = label("section-title", title);
        heading.setGraphic(icon(icon));
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, heading);
        box.getChildren().addAll(body);
        box.getStyleClass().add("section-card");
        return box;
    }

    static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    static Tooltip tooltip(String text) {
        return dev.webhookinspector.ui.HoverTips.tooltip(text);
    }

    /** See {@link dev.webhookinspector.ui.HoverTips#install}. */
    static void tooltipOnHover(Control c, java.util.function.Supplier<String> text) {
        dev.webhookinspector.ui.HoverTips.install(c, text);
    }

    /** A tooltip that follows a property and disappears while the text is empty. */
    static void bindTooltip(Control c, ObservableValue<String> text) {
        Tooltip t = tooltip("");
        t.textProperty().bind(text);
        Runnable apply = () -> c.setTooltip(text.getValue() == null || text.getValue().isEmpty() ? null : t);
        text.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    /** A flat icon-only button; {@code name} is both its tooltip and what a screen reader says. */
    static Button iconButton(String id, Ikon ikon, String name, Runnable action) {
        Button b = new Button(null, icon(ikon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setAccessibleText(name);
        b.setTooltip(tooltip(name));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(true);
        return b;
    }

    static Button textButton(String id, String text, Ikon ikon, Runnable action) {
        Button b = new Button(text, ikon == null ? null : icon(ikon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static Label label(String styleClass, String text) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    static Label label(String styleClass, ObservableValue<String> text) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.textProperty().bind(text);
        return l;
    }

    static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** Hides a node and removes it from layout together. */
    static void showIf(Node n, ObservableValue<Boolean> visible) {
        n.visibleProperty().bind(visible);
        n.managedProperty().bind(n.visibleProperty());
    }
}
