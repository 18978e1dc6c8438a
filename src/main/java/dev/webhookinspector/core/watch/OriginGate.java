package dev.webhookinspector.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each provider origin may be asked again: after it asked us to wait (429 or 503 with Retry-After, an
 * exhausted rate-limit window), or, while it cannot be reached, after a wait that doubles with each miss. Shared by
 * every target on that origin, so ten profiles of one account back off together. Thread-safe.
 */
final class OriginGate {
    /** The first wait after an origin could not be reached; each further miss doubles it. */
    static final Duration FIRST_MISS_WAIT = Duration.ofSeconds(30);
    /** Offline for hours must not mean an hour before the first try once back: ten minutes at most. */
    static final Duration MAX_MISS_WAIT = Duration.ofMinutes(10);

    private record State(Instant openAt, int misses) {}

    private final Map<String, State> byOrigin = new HashMap<>();

    synchronized Instant openAt(String origin) {
        State s = byOrigin.get(origin);
        return s == null ? Instant.MIN : s.openAt();
    }

    /** The origin answered and asked for {@code wait}: nothing is sent there before it has passed. */
    synchronized void askedToWait(String origin, Instant now, Duration wait) {
        State s = byOrigin.getOrDefault(origin, new State(Instant.MIN, 0));
        Instant until = now.plus(wait);
        byOrigin.put(origin, new State(until.isAfter(s.openAt()) ? until : s.openAt(), 0));
    }

    /** The origin could not be reached (or kept limiting without saying how long): returns the wait now set. */
    synchronized Duration missed(String origin, Instant now) {
        State s = byOrigin.getOrDefault(origin, new State(Instant.MIN, 0));
        int misses = s.misses() + 1;
        Duration wait = FIRST_MISS_WAIT.multipliedBy(1L << Math.min(misses - 1, 20));
        if (wait.compareTo(MAX_MISS_WAIT) > 0) wait = MAX_MISS_WAIT;
        byOrigin.put(origin, new State(now.plus(wait), misses));
        return wait;
    }

    /** The origin answered normally: misses are forgotten, a wait it asked for still holds. */
    synchronized void reached(String origin) {
        State s = byOrigin.get(origin);
        if (s != null && s.misses() > 0) byOrigin.put(origin, new State(s.openAt(), 0));
    }

    /** After the machine slept, the network is likely back: unreachable origins are tried at once, once. */
    synchronized void forgiveMisses() {
        byOrigin.replaceAll((o, s) -> s.misses() > 0 ? new State(Instant.MIN, 0) : s);
    }
}
