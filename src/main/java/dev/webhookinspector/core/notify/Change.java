package dev.webhookinspector.core.notify;

/** A change in a watched webhook that is worth interrupting its owner for. */
public enum Change {
    /** Deliveries fail now and did not before (healthy, paused, disabled, never delivered or unknown). */
    FAILING,
    /** Healthy again after failing, being paused or being disabled. */
    RECOVERED,
    /** The provider switched it off. */
    DISABLED,
    /** Its owner switched it off. */
    PAUSED,
    /** The verdict stayed, but a kind of failure appeared that was not there before. */
    NEW_FAILURE_KIND
}
