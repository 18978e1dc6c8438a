package dev.webhookinspector.core.history;

import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.FailureKind;
import java.time.Instant;

/**
 * One failure as the history keeps it: deduplicated across fetches by webhook, time and message, with when a fetch
 * first and last saw it, so it stays after the provider has dropped it from its window.
 *
 * @param failure its time (null when the provider gave none), masked message and code
 */
public record RecordedFailure(Failure failure, FailureKind kind, Instant firstSeen, Instant lastSeen) {}
