package dev.webhookinspector.core.watch;

import java.time.Duration;

/**
 * Runs a watch's tasks after a delay. The app's runs them on background threads ({@link #background()}); tests
 * pass one that runs them when the test moves its clock, so time passes without sleeping.
 */
public interface Scheduler extends AutoCloseable {
    /** A scheduled task that has not run yet. */
    interface Timer {
        void cancel();
    }

    /** Runs {@code task} once, after {@code delay} (of monotonic time: a machine asleep does not count it). */
    Timer schedule(Duration delay, Runnable task);

    /** Stops running tasks; the ones already running finish. */
    @Override
    default void close() {}

    static Scheduler background() {
        return new BackgroundScheduler();
    }
}
