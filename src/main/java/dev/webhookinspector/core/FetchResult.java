package dev.webhookinspector.core;

import dev.webhookinspector.core.http.SentRequest;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Duration;
import java.time.Instant;

/**
 * A snapshot plus how it was obtained: the request as sent, the answer's status and timing.
 *
 * @param waitBeforeNext how long the provider asked us to wait before the next request even though this one was
 *        answered (Featurebase's exhausted rate-limit window); zero when it asked nothing
 */
public record FetchResult(Snapshot snapshot, SentRequest request, int httpStatus, Instant fetchedAt, Duration duration, int attempts,
                          Duration waitBeforeNext) {
    public FetchResult {
        waitBeforeNext = waitBeforeNext == null || waitBeforeNext.isNegative() ? Duration.ZERO : waitBeforeNext;
    }

    public FetchResult(Snapshot snapshot, SentRequest request, int httpStatus, Instant fetchedAt, Duration duration, int attempts) {
        this(snapshot, request, httpStatus, fetchedAt, duration, attempts, Duration.ZERO);
    }

    /** The outcome of a connection test. */
    public record Probe(SentRequest request, int httpStatus, Duration duration) {}
}
