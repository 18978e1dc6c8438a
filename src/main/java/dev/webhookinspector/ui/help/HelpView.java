package dev.webhookinspector.ui.help;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.help.Shortcuts.Shortcut;
import java.util.List;
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

/** The keyboard shortcuts overlay (F1 or ?). */
public final class HelpView {
    private final VBox root;
    private final Button close;

    private Runnable onClose = () -> { };

    public HelpView(List<Shortcut> shortcuts) {
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
        for (Shortcut s : shortcuts) {
            HBox keys = new HBox(4);
            for (String part : s.keys().split("\\s+/\\s+")) {
                if (!keys.getChildren().isEmpty()) {
                    Label or = new Label("or");
                    or.getStyleClass().add(Styles.TEXT_MUTED);
                    keys.getChildren().add(or);
                }
                Label kbd = new Label(part.strip());
                kbd.getStyleClass().add("kbd");
                keys.getChildren().add(kbd);
            }
            keys.setAlignment(Pos.CENTER_LEFT);
            Label action = new Label(s.action());
            action.setWrapText(true);
            grid.addRow(row++, keys, action);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Label footer = new Label("Press Esc to close.");
        footer.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(14, header, scroll, footer);
        root.setId("helpOverlay");
        root.getStyleClass().add("dialog-card");
        root.setMaxWidth(600);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        root.setAccessibleText("Keyboard shortcuts");
    }

    public Node root() { return root; }

    public void setOnClose(Runnable action) { onClose = action; }

    public void focus() { close.requestFocus(); }
}
