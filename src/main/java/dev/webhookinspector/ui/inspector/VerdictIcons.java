package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Verdict;
import org.kordamp.ikonli.feather.Feather;

/** The icon each verdict wears, wherever the window shows one. */
public final class VerdictIcons {
    private VerdictIcons() {}

    public static Feather of(Verdict v) {
        return switch (v) {
            case HEALTHY -> Feather.CHECK_CIRCLE;
            case FAILING -> Feather.ALERT_TRIANGLE;
            case PAUSED -> Feather.PAUSE_CIRCLE;
            case DISABLED -> Feather.SLASH;
            case NO_DELIVERIES -> Feather.CLOCK;
            case UNKNOWN -> Feather.HELP_CIRCLE;
        };
    }
}
