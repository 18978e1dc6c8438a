package dev.webhookinspector.core.watch;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Varies each wait a little, so watchers started together drift apart instead of hitting a provider in step. */
record Jitter(double fraction, RandomGenerator random) {
    Duration apply(Duration d) {
        if (fraction == 0) return d;
        double factor = 1 + (random.nextDouble() * 2 - 1) * fraction;
        return Duration.ofMillis(Math.round(d.toMillis() * factor));
    }

    /** At least {@code d}, never earlier: for a wait a provider asked for. */
    Duration after(Duration d) {
        return d.plusMillis(Math.round(d.toMillis() * fraction * random.nextDouble()));
    }
}
