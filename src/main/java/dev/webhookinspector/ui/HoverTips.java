package dev.webhookinspector.ui;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips for table and list cells, made when the pointer first enters a cell and worded then. A screenful of
 * cells is built and restyled at once; a Tooltip per cell (each a popup window with its own CSS) installed and
 * removed on every update was a large part of showing 10,000 failures or loading hundreds of webhooks.
 */
public final class HoverTips {
    private HoverTips() {}

    /** The one look of the app's tooltips: a short delay, long enough to read, wrapped. */
    public static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(350));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    /** {@code text} gives the words when the pointer enters {@code c}; null or empty means no tooltip. */
    public static void install(Control c, Supplier<String> text) {
        Tooltip[] made = new Tooltip[1];
        c.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String now = text.get();
            if (now == null || now.isEmpty()) {
                c.setTooltip(null);
                return;
            }
            if (made[0] == null) made[0] = tooltip(now);
            else made[0].setText(now);
            c.setTooltip(made[0]);
        });
    }
}
