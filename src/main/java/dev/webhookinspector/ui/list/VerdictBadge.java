package dev.webhookinspector.ui.list;

import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.inspector.VerdictIcons;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;

/** The inspector's health badge, small, for lists: the same words, icon and colours (app.css). */
public final class VerdictBadge {
    /** The app stylesheet that holds the badge colours; views that show badges add it. */
    public static final String APP_CSS = "/dev/webhookinspector/ui/app.css";

    private VerdictBadge() {}

    public static Label of(Verdict v) {
        Label badge = new Label();
        badge.getStyleClass().addAll("health-badge", "compact-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        restyle(badge, v);
        return badge;
    }

    /** Turns a badge into {@code v}'s, for cells that keep their nodes. */
    public static void restyle(Label badge, Verdict v) {
        set(badge, v.label(), VerdictIcons.of(v), v.key());
        badge.setAccessibleText("Health: " + v.label());
    }

    /** A profile that could not be listed: danger colours, like failing. */
    public static void restyleNotListed(Label badge) {
        set(badge, "Not listed", Feather.X_OCTAGON, "failing");
        badge.setAccessibleText("Not listed");
    }

    private static void set(Label badge, String text, Feather icon, String key) {
        badge.setText(text);
        if (!(badge.getGraphic() instanceof org.kordamp.ikonli.javafx.FontIcon f) || f.getIconCode() != icon) {
            badge.setGraphic(Icons.glyph(icon, 12));
        }
        String style = "badge-" + key;
        if (!badge.getStyleClass().contains(style)) {
            badge.getStyleClass().removeIf(c -> c.startsWith("badge-"));
            badge.getStyleClass().add(style);
        }
    }

    public static String stylesheet() {
        return VerdictBadge.class.getResource(APP_CSS).toExternalForm();
    }
}
