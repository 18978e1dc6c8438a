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
        Label badge = new Label(v.label(), Icons.glyph(VerdictIcons.of(v), 12));
        badge.getStyleClass().addAll("health-badge", "compact-badge", "badge-" + v.key());
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badge.setAccessibleText("Health: " + v.label());
        return badge;
    }

    /** A profile that could not be listed: danger colours, like failing. */
    public static Label notListed() {
        Label badge = new Label("Not listed", Icons.glyph(Feather.X_OCTAGON, 12));
        badge.getStyleClass().addAll("health-badge", "compact-badge", "badge-failing");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        return badge;
    }

    public static String stylesheet() {
        return VerdictBadge.class.getResource(APP_CSS).toExternalForm();
    }
}
