package dev.webhookinspector.core;

import dev.webhookinspector.core.http.SentRequest;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Duration;
import java.time.Instant;

/** A snapshot plus how it was obtained: the request as sent, the answer's status and timing. */
public record FetchResult(Snapshot snapshot, SentRequest request, int httpStatus, Instant fetchedAt, Duration duration, int attempts) {
    /** The outcome of a connection test. */
    public record Probe(SentRequest request, int httpStatus, Duration duration) {}
}
