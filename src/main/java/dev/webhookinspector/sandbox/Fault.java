package dev.webhookinspector.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * A misbehaviour the simulator can be told to show. Each one names the provider it applies to
 * ("ultravox", "v0", "featurebase") or {@code null} for all of them. Faults act before the key
 * is checked, like a gateway or load balancer in front of the real service would.
 */
public sealed interface Fault {
    /** The provider this fault is limited to, or null for every provider. */
    String provider();

    default boolean appliesTo(String providerId) {
        return provider() == null || provider().equals(providerId);
    }

    /** 404 in the provider's error shape. */
    record NotFound(String provider) implements Fault {
        public NotFound { checkProvider(provider); }
    }

    /** 429 with {@code Retry-After} (seconds), in the provider's error shape. */
    record RateLimited(String provider, int retryAfterSeconds) implements Fault {
        public RateLimited {
            checkProvider(provider);
            if (retryAfterSeconds < 0) throw new IllegalArgumentException("retryAfterSeconds must be 0 or more");
        }
    }

    /** 503 with {@code Retry-After} (seconds), in the provider's error shape. */
    record Unavailable(String provider, int retryAfterSeconds) implements Fault {
        public Unavailable {
            checkProvider(provider);
            if (retryAfterSeconds < 0) throw new IllegalArgumentException("retryAfterSeconds must be 0 or more");
        }
    }

    /**
     * Answers normally, but says the rate-limit window is used up: {@code X-RateLimit-Remaining: 0} and
     * {@code X-RateLimit-Reset} as given (Featurebase's headers; seconds from now, or a Unix time past 10^9).
     */
    record RateLimitSpent(String provider, long reset) implements Fault {
        public RateLimitSpent { checkProvider(provider); }
    }

    /** A 5xx with an HTML page as body, as a proxy or framework error page would send. */
    record ServerErrorHtml(String provider) implements Fault {
        public ServerErrorHtml { checkProvider(provider); }
    }

    /** 200, {@code application/json}, with a body cut off in the middle. */
    record MalformedJson(String provider) implements Fault {
        public MalformedJson { checkProvider(provider); }
    }

    /** Waits {@code delay}, then answers normally; other requests are served meanwhile. */
    record Slow(String provider, Duration delay) implements Fault {
        public Slow {
            checkProvider(provider);
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) throw new IllegalArgumentException("delay must not be negative");
        }
    }

    /** 200 with a chunked body of exactly {@code bytes} bytes of JSON-looking text, streamed, never held whole. */
    record Oversized(String provider, long bytes) implements Fault {
        public Oversized {
            checkProvider(provider);
            if (bytes < 0) throw new IllegalArgumentException("bytes must be 0 or more");
        }
    }

    /** 302 to the same path and query on {@link Sandbox#otherHostBase()}. */
    record RedirectOtherHost(String provider) implements Fault {
        public RedirectOtherHost { checkProvider(provider); }
    }

    /**
     * A redirect to the same path on the same origin with {@code hop=N} added to the query; the
     * target is then served normally (or redirected again while the fault lasts). Hop 1, 4, 7...
     * answer 302, hop 2, 5... 301 and hop 3, 6... 307; odd hops give an absolute Location, even
     * hops a relative one, so a client meets every variant.
     */
    record RedirectSameOrigin(String provider) implements Fault {
        public RedirectSameOrigin { checkProvider(provider); }
    }

    /**
     * The list answers normally, but its absolute link to the next page points at {@link Sandbox#otherHostBase()}
     * (Ultravox's {@code next}). Providers whose next page is a cursor, not an address, are not changed by it.
     */
    record NextPageOnOtherHost(String provider) implements Fault {
        public NextPageOnOtherHost { checkProvider(provider); }
    }

    private static void checkProvider(String provider) {
        if (provider != null && !Sandbox.PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("Unknown provider \"" + provider + "\"; use one of " + Sandbox.PROVIDERS + " or null for all.");
        }
    }
}
