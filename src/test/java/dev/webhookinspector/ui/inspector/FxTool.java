package dev.webhookinspector.ui.inspector;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;

/** For the gallery, the benchmark and the stall probe (main() tools): run on the FX thread, wait for drawn frames. */
final class FxTool {
    private FxTool() {}

    /** Runs {@code c} on the JavaFX thread and returns what it returns, or throws what it threw. */
    static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    static void fx(Runnable r) throws Exception {
        fx(() -> {
            r.run();
            return null;
        });
    }

    /**
     * Waits until {@code scene} has been laid out {@code count} more times: what was changed before the call is
     * styled, laid out and drawn, with no guessed sleep. A pulse that never comes fails after 30 s.
     */
    static void pulses(Scene scene, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            CountDownLatch laidOut = new CountDownLatch(1);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                laidOut.countDown();
            };
            fx(() -> {
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
            if (!laidOut.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("No JavaFX pulse came within 30 s");
        }
    }
}
