package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;

/** Where the main window sends a fetch's outcome: the inspector panels. */
public interface ResultSink {
    /**
     * Work on a fetched result before {@link #show}, on the fetch's background thread: the inspector masks it and
     * builds its panels' rows there, so showing 10,000 failures does not hold up the JavaFX thread; and records a
     * saved profile's fetch in the history. None by default.
     *
     * @param savedProfile the saved profile it was fetched through; empty for a demo webhook, which is not recorded
     */
    default void prepare(FetchResult result, java.util.Optional<String> savedProfile) {}

    void show(FetchResult result);

    void showError(FetchException error, Runnable retry);

    void clear();
}
