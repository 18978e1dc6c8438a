package dev.webhookinspector.core.http;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** When a whole fetch must be over, and an alarm that closes what is still reading at that moment. */
final class Deadline {
    private static final ScheduledThreadPoolExecutor ALARMS = alarms();
    private final Duration timeout;
    private final long end;

    private Deadline(Duration timeout) {
        this.timeout = timeout;
        this.end = System.nanoTime() + timeout.toNanos();
    }

    static Deadline after(Duration timeout) {
        return new Deadline(timeout);
    }

    /** The whole budget, as the user gave it: what messages quote. */
    Duration timeout() { return timeout; }

    /** What is left, never negative. */
    Duration remaining() {
        long left = end - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Closes {@code target} at the deadline unless the alarm is closed first. */
    Alarm alarm(Closeable target) {
        return new Alarm(target, remaining());
    }

    static final class Alarm implements AutoCloseable {
        private final AtomicBoolean rang = new AtomicBoolean();
        private final ScheduledFuture<?> task;

        private Alarm(Closeable target, Duration in) {
            task = ALARMS.schedule(() -> {
                rang.set(true);
                try {
                    target.close();
                } catch (IOException alreadyBroken) {
                    // The reader sees the stream end either way, and reports the deadline.
                }
            }, in.toNanos(), TimeUnit.NANOSECONDS);
        }

        boolean rang() { return rang.get(); }

        @Override public void close() { task.cancel(false); }
    }

    private static ScheduledThreadPoolExecutor alarms() {
        ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon().name("http-deadline").factory());
        // Most alarms are cancelled long before they ring; do not keep them queued until then.
        e.setRemoveOnCancelPolicy(true);
        return e;
    }
}
