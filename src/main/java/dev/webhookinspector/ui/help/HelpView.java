package dev.webhookinspector.ui.help;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.keys.Keycaps;
import dev.webhookinspector.ui.keys.Shortcut;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The keyboard shortcuts overlay (F1 or ?): the shortcut table, one row per shortcut. */
public final class HelpView {
    private final VBox root;
    private final Button close;

    private Runnable onClose = () -> { };

    public HelpView() {
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add(Styles.TITLE_3);
        close = new Button(null, Icons.glyph(Feather.X));
        close.setId("closeHelpButton");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText("Close keyboard shortcuts");
        close.setOnAction(e -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, close);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            HBox keys = Keycaps.of(s);
            keys.setId("shortcutKeys-" + s.name());
            Label action = new Label(s.label());
            action.setId("shortcutLabel-" + s.name());
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // The grid's height depends on its width once a label wraps; the list scrolls only when the window is too short.
        scroll.prefViewportHeightProperty().bind(grid.heightProperty());
        scroll.getStyleClass().add("edge-to-edge");
        Label footer = new Label("Press " + Shortcut.CANCEL.keyText() + " to close.");
        footer.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(14, header, scroll, footer);
        root.setId("helpOverlay");
        root.getStyleClass().add("dialog-card");
        root.setMaxWidth(640);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        root.setAccessibleText("Keyboard shortcuts");
    }

    public Node root() { return root; }

    public void setOnClose(Runnable action) { onClose = action; }

    public void focus() { close.requestFocus(); }
}
