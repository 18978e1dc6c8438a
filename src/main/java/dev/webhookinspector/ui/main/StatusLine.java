package dev.webhookinspector.ui.main;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the status bar shows: the latest message, whether it reports a problem, and the last fetch's time, duration and HTTP status. */
public final class StatusLine {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final ReadOnlyObjectWrapper<Instant> lastFetchAt = new ReadOnlyObjectWrapper<>(this, "lastFetchAt");
    private final ReadOnlyObjectWrapper<Duration> lastDuration = new ReadOnlyObjectWrapper<>(this, "lastDuration");
    private final ReadOnlyIntegerWrapper lastHttpStatus = new ReadOnlyIntegerWrapper(this, "lastHttpStatus");

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** Null until a fetch finished. */
    public ReadOnlyObjectProperty<Instant> lastFetchAtProperty() { return lastFetchAt.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Duration> lastDurationProperty() { return lastDuration.getReadOnlyProperty(); }

    /** 0 when the last fetch got no HTTP answer. */
    public ReadOnlyIntegerProperty lastHttpStatusProperty() { return lastHttpStatus.getReadOnlyProperty(); }

    void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    void fetched(FetchCommand.Outcome outcome) {
        lastFetchAt.set(outcome.at());
        lastDuration.set(outcome.took());
        lastHttpStatus.set(outcome.httpStatus());
        say(outcome.summary(), outcome instanceof FetchCommand.Failed);
    }

    /** A problem's message, or the exception's name when it has none. */
    static String messageOf(Exception error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }
}
