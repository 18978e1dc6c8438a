package dev.webhookinspector.ui.profiles;

import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;

/** An entry of the profile switcher: a saved profile, or a demo profile held in memory only. */
public sealed interface ProfileChoice {
    String name();

    Provider provider();

    default boolean demo() { return this instanceof Demo; }

    /** A profile from the profile layer; its key is read from its store when a fetch needs it. */
    record Saved(Profile profile, Provider provider) implements ProfileChoice {
        @Override public String name() { return profile.name(); }
    }

    /** A demo profile pointing at the in-process simulator; never saved. */
    record Demo(String name, Provider provider, Connection connection) implements ProfileChoice {}
}
