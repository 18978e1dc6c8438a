package dev.webhookinspector.core.model;

import java.time.Instant;

/**
 * One failed delivery attempt.
 *
 * @param timestamp when it failed, or null when the provider gave no time
 * @param message the provider's text about it
 * @param code the HTTP status the receiver answered, or null when unknown (timeouts, free text)
 */
public record Failure(Instant timestamp, String message, Integer code) {
    public Failure {
        message = message == null ? "" : message;
    }
}
