package dev.webhookinspector.core.provider;

/**
 * What a provider's API tells about a webhook, so every front end can say "not reported by this API"
 * instead of "none", and hide what can never have content.
 *
 * @param health whether it reports a status the verdict can rest on
 * @param failures how much of the delivery history it keeps
 * @param failuresNote when the failure list covers less than it seems, a sentence saying so; else empty
 * @param metrics whether it reports health numbers (response times, counters)
 * @param secrets whether it returns signing secrets
 */
public record Reports(boolean health, Failures failures, String failuresNote, boolean metrics, boolean secrets) {
    public enum Failures {
        /** Nothing about deliveries at all. */
        NONE,
        /** Only the last delivery attempt, and only when it failed. */
        LAST_ATTEMPT,
        /** A list of recent failed deliveries. */
        RECENT
    }

    public Reports {
        failuresNote = failuresNote == null ? "" : failuresNote;
    }

    public boolean reportsFailures() { return failures != Failures.NONE; }
}
