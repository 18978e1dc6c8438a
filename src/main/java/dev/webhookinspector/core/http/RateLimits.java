package dev.webhookinspector.core.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * How long a provider asked us to wait before the next request, read from an answer's headers: {@code Retry-After}
 * (seconds or an HTTP date), or Featurebase's exhausted window ({@code X-RateLimit-Remaining: 0} with
 * {@code X-RateLimit-Reset}). A watch spaces its requests by it; a single fetch only retries within its deadline.
 */
public final class RateLimits {
    /** A reset further away than this is taken to be a misreading of the header's unknown unit, not a real wait. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(10);
    /** Larger values cannot be seconds from now (31 years): they are a Unix time. */
    private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;

    private RateLimits() {}

    /** The longer of the two waits the headers ask for, capped at {@link #MAX_WAIT}; zero when they ask none. */
    public static Duration waitBeforeNext(HttpHeaders headers, Instant now) {
        Duration retry = retryAfter(headers, now).orElse(Duration.ZERO);
        Duration reset = exhaustedWindow(headers, now).orElse(Duration.ZERO);
        Duration longer = retry.compareTo(reset) >= 0 ? retry : reset;
        return longer.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : longer;
    }

    /** Retry-After as delta-seconds or an HTTP date; never negative. */
    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        Optional<String> v = headers.firstValue("Retry-After");
        if (v.isEmpty()) return Optional.empty();
        String s = v.get().strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(s))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(nonNegative(Duration.between(now, when)));
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }

    /**
     * Featurebase does not document the unit of X-RateLimit-Reset: a value past 10^9 is read as Unix seconds, a
     * smaller one as seconds from now. Only a window with nothing left asks for a wait.
     */
    static Optional<Duration> exhaustedWindow(HttpHeaders headers, Instant now) {
        Optional<String> remaining = headers.firstValue("X-RateLimit-Remaining").map(String::strip);
        if (remaining.isEmpty() || !remaining.get().equals("0")) return Optional.empty();
        try {
            long reset = Long.parseLong(headers.firstValue("X-RateLimit-Reset").orElse("").strip());
            Duration d = reset > EPOCH_SECONDS_FROM ? Duration.between(now, Instant.ofEpochSecond(reset)) : Duration.ofSeconds(reset);
            return Optional.of(nonNegative(d));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
