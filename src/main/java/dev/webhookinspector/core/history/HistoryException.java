package dev.webhookinspector.core.history;

/** The history could not be read or written; the message is one sentence for the user, without a full stop. */
public final class HistoryException extends Exception {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
