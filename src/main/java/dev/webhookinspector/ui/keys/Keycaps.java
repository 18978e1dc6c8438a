package dev.webhookinspector.ui.keys;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A shortcut's keys drawn as keycaps, "F5 or Ctrl+R": in a sentence a glyph such as ↵ reads better on a key than in the text. */
public final class Keycaps {
    private Keycaps() {}

    public static HBox of(Shortcut shortcut) {
        HBox keys = new HBox(4);
        keys.setAlignment(Pos.CENTER_LEFT);
        // Keys are never cut short: a label beside them wraps instead.
        keys.setMinWidth(Region.USE_PREF_SIZE);
        for (String text : shortcut.keyTexts()) {
            if (!keys.getChildren().isEmpty()) {
                Label or = new Label("or");
                or.getStyleClass().add(Styles.TEXT_MUTED);
                keys.getChildren().add(or);
            }
            Label kbd = new Label(text);
            kbd.getStyleClass().add("kbd");
            keys.getChildren().add(kbd);
        }
        return keys;
    }
}
