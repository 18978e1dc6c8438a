package dev.webhookinspector.ui.list;

import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.time.Duration;

/** A profile's connection: a demo one is held in memory, a saved one reads its key from its store (blocking). */
public final class ProfileConnections {
    private ProfileConnections() {}

    /** Blocks on the key store for a saved profile: call it off the JavaFX thread. */
    public static Connection connect(AppServices services, ProfileChoice profile, Duration timeout) throws ProfileException {
        return switch (profile) {
            case ProfileChoice.Demo d -> d.connection().withTimeout(timeout);
            case ProfileChoice.Saved s -> services.profiles().connect(s.profile(), timeout);
        };
    }
}
