package dev.webhookinspector.core.watch;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One daemon timer thread that only hands tasks over, and a virtual thread per task: fetches block on the network
 * and must not hold up each other's timers.
 */
final class BackgroundScheduler implements Scheduler {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("watch-timer").factory());
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("watch-", 0).factory());

    @Override
    public Timer schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = timer.schedule(() -> {
            if (!workers.isShutdown()) workers.execute(task);
        }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
