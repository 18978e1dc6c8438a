package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Snapshot;
import java.util.Locale;
import java.util.Set;

/** The four states the header badge shows. A paused or suspended webhook is neither healthy nor failing. */
public enum HealthBadge {
    HEALTHY("Healthy"), FAILING("Failing"), PAUSED("Paused"), UNKNOWN("Unknown");

    private static final Set<String> PAUSED_WORDS = Set.of("paused", "suspended", "disabled", "inactive", "stopped");

    private final String text;

    HealthBadge(String text) { this.text = text; }

    public String text() { return text; }

    /** Lower-case name for CSS classes and ids: "healthy", "failing"... */
    public String cssName() { return name().toLowerCase(Locale.ROOT); }

    public static HealthBadge of(Snapshot s) {
        if (s.status() != null && PAUSED_WORDS.contains(s.status().strip().toLowerCase(Locale.ROOT))) return PAUSED;
        return switch (s.health()) {
            case HEALTHY -> HEALTHY;
            case UNHEALTHY -> FAILING;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
