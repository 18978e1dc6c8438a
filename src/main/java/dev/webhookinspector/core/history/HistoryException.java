package dev.webhookinspector.core.history;

/** The history could not be read or written; the message is one sentence for the user, without a full stop. */
public final class HistoryException extends Exception {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether SQLite found the file damaged: the store can then be set aside and started anew. */
    public boolean damaged() {
        return getCause() instanceof java.sql.SQLException e && HistoryStore.isCorrupt(e);
    }
}
