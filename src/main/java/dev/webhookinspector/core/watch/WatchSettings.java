package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.text.Formats;
import java.time.Duration;
import java.util.Optional;

/**
 * How often a watch refreshes, and how much each wait is varied so that many watchers (or many targets) do not
 * hit a provider in step.
 *
 * @param interval time between two fetches of the same target
 * @param jitter the fraction each wait varies by, either way: 0.1 makes a 60 s interval 54 to 66 s
 */
public record WatchSettings(Duration interval, double jitter) {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    /** Below this a watch of a few profiles nears the providers' rate limits and gains nothing a person notices. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(15);
    public static final double DEFAULT_JITTER = 0.1;

    public WatchSettings {
        check(interval).ifPresent(why -> { throw new IllegalArgumentException(why); });
        if (jitter < 0 || jitter >= 1) throw new IllegalArgumentException("jitter must be from 0 to below 1, was " + jitter);
    }

    public static WatchSettings every(Duration interval) {
        return new WatchSettings(interval, DEFAULT_JITTER);
    }

    /** Why an interval cannot be used, in a sentence for the user; empty when it can. */
    public static Optional<String> check(Duration interval) {
        if (interval == null || interval.compareTo(MIN_INTERVAL) < 0) {
            String given = interval == null ? "none" : Formats.seconds(interval);
            return Optional.of("The watch interval must be at least " + Formats.seconds(MIN_INTERVAL) + " (was " + given
                    + "): more often nears the providers' rate limits and shows nothing new.");
        }
        return Optional.empty();
    }
}
