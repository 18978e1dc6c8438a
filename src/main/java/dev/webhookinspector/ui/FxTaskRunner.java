package dev.webhookinspector.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a {@link Task} on daemon threads, so an unfinished request never keeps the app alive. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());

    @Override public <T> Job run(Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Task<T> task = new Task<>() {
            @Override protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            onFailure.accept(t instanceof Exception ex ? ex : new RuntimeException(t));
        });
        executor.execute(task);
        return () -> task.cancel(true);
    }

    @Override public void later(Runnable action) {
        javafx.application.Platform.runLater(action);
    }

    @Override public void close() {
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "webhook-inspector-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
