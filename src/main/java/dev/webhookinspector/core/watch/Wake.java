package dev.webhookinspector.core.watch;

import java.time.Duration;

/**
 * Tells a machine that slept from a busy one. Timers count monotonic time, which stops while the machine sleeps,
 * so a timer that fires far later on the wall clock than it was set for slept through the gap.
 */
final class Wake {
    /** A busy JVM or a slow fetch is late by seconds; a sleeping machine by minutes or hours. */
    static final Duration SLACK = Duration.ofMinutes(1);

    private Wake() {}

    /** Whether a timer set for {@code delay} that came {@code late} after its wall-clock time means the machine slept. */
    static boolean slept(Duration late, Duration delay) {
        return late.compareTo(delay.multipliedBy(2).plus(SLACK)) > 0;
    }
}
