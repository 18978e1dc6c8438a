package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;

/** Where the main window sends a fetch's outcome: the inspector panels. */
public interface ResultSink {
    void show(FetchResult result);

    void showError(FetchException error, Runnable retry);

    void clear();
}
