package dev.webhookinspector.core.watch;

import dev.webhookinspector.core.provider.Connection;
import java.net.URI;

/**
 * What a watch refreshes: every webhook of a profile (its list), or one webhook by ID.
 *
 * @see WatchEngine
 */
public sealed interface WatchTarget {
    /** The profile's name, or empty for a connection given without a saved profile. */
    String profile();

    Connection connection();

    /**
     * Where back-off applies: the provider and its origin. Two providers behind one host (the simulator) keep
     * separate limits, as their real services do.
     */
    default String origin() {
        URI base = connection().baseUrl();
        return connection().provider().id().value() + " " + base.getScheme() + "://" + base.getRawAuthority();
    }

    /** Every webhook of the profile's account, through its list endpoint. */
    record Account(String profile, Connection connection) implements WatchTarget {
        public Account {
            profile = profile == null ? "" : profile;
        }
    }

    /** One webhook, through a get by ID. */
    record Webhook(String profile, Connection connection, String webhookId) implements WatchTarget {
        public Webhook {
            profile = profile == null ? "" : profile;
        }
    }
}
