package dev.webhookinspector.core.model;

import java.util.Locale;

/**
 * The one health verdict every front end shows. Decided by the provider that mapped the snapshot,
 * with a reason in {@link Snapshot#reason()}; the window, the text and the JSON output only render it.
 */
public enum Verdict {
    HEALTHY("Healthy", Boolean.TRUE, false),
    FAILING("Failing", Boolean.FALSE, true),
    /** Switched off by its owner: nothing is delivered, on purpose. */
    PAUSED("Paused", Boolean.FALSE, true),
    /** Switched off by the provider, usually after the endpoint kept failing or answered 410 Gone. */
    DISABLED("Disabled by provider", Boolean.FALSE, true),
    /** Active, but nothing has been delivered yet: neither healthy nor failing. */
    NO_DELIVERIES("No deliveries yet", null, false),
    /** The provider's API reports no health at all (v0), or a status this version does not know. */
    UNKNOWN("Health unknown", null, false);

    private final String label;
    private final Boolean healthy;
    private final boolean unhealthy;

    Verdict(String label, Boolean healthy, boolean unhealthy) {
        this.label = label;
        this.healthy = healthy;
        this.unhealthy = unhealthy;
    }

    /** "Disabled by provider": the badge's and the text output's word. */
    public String label() { return label; }

    /** The JSON {@code healthy} field: true, false or null when the verdict is neither. */
    public Boolean healthy() { return healthy; }

    /** Whether deliveries are not happening as they should; {@code --fail-on-unhealthy} exits 8 on these. */
    public boolean isUnhealthy() { return unhealthy; }

    /** "no-deliveries": for CSS classes, ids and JSON. */
    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
