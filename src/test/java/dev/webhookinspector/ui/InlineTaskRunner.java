package dev.webhookinspector.ui;

import java.util.function.Consumer;

/** Runs work at once on the calling thread, so a ViewModel test needs no JavaFX toolkit. */
public final class InlineTaskRunner implements TaskRunner {
    @Override public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }
}
