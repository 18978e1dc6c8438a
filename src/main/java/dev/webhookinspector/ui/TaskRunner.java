package dev.webhookinspector.ui;

import java.util.function.Consumer;

/**
 * Where ViewModels send blocking work (HTTP, disk, key store). The app runs it on a background
 * thread and calls back on the JavaFX thread; tests may run it inline so ViewModels need no toolkit.
 */
public interface TaskRunner {
    /**
     * Runs {@code work}; exactly one of the callbacks runs afterwards on the JavaFX thread, unless
     * the returned job is cancelled first, in which case neither runs.
     */
    <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * Runs {@code action} on the JavaFX thread soon: how running work reports progress. The default runs it at once,
     * which suits runners that call back on the caller's thread (tests).
     */
    default void later(Runnable action) {
        action.run();
    }

    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    /** A running piece of work. */
    interface Job {
        /** Stops waiting for the result and interrupts the worker thread, which aborts a pending HTTP request. */
        void cancel();
    }
}
