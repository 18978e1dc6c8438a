package dev.webhookinspector.core.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.PriorityQueue;

/**
 * A scheduler and a wall clock that a test moves by hand: {@link #advance} runs every task that falls due, in order,
 * on the test's thread; {@link #sleepMachine} moves only the wall clock, as a suspended machine does.
 */
public final class ManualScheduler implements Scheduler {
    private record Task(long dueMillis, long seq, Runnable run, boolean[] cancelled) {}

    private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.dueMillis != b.dueMillis
            ? Long.compare(a.dueMillis, b.dueMillis) : Long.compare(a.seq, b.seq));
    private long monotonic;
    private long seq;
    private volatile Instant wall = Instant.parse("2026-12-01T10:00:00Z");
    private final Instant start = wall;

    public final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return wall; }
    };

    @Override
    public synchronized Timer schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        queue.add(new Task(monotonic + Math.max(0, delay.toMillis()), seq++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Runs what is due now (a delay of zero), then moves both clocks by {@code d}, running tasks as they fall due. */
    public void advance(Duration d) {
        long end;
        synchronized (this) {
            end = monotonic + d.toMillis();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.dueMillis > end) break;
                queue.poll();
                wall = wall.plusMillis(next.dueMillis - monotonic);
                monotonic = next.dueMillis;
            }
            if (!next.cancelled[0]) next.run.run();
        }
        synchronized (this) {
            wall = wall.plusMillis(end - monotonic);
            monotonic = end;
        }
    }

    /** The machine is suspended: the wall clock moves, timers do not. */
    public void sleepMachine(Duration d) {
        wall = wall.plus(d);
    }

    /** Seconds of wall time since the start: what a test reads off its timeline. */
    public long elapsedSeconds() {
        return Duration.between(start, wall).toSeconds();
    }
}
