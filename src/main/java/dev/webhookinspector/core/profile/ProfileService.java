package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The profile layer used by both the command line and the window. Blocking (disk, key store):
 * never call it on the JavaFX thread.
 */
public interface ProfileService {
    List<Profile> list() throws ProfileException;

    /** Case-insensitive lookup. */
    Optional<Profile> find(String name) throws ProfileException;

    /** Adds a profile and stores its key where its {@link KeyRef} says (nothing for ENV). */
    void add(Profile profile, Optional<ApiKey> key) throws ProfileException;

    /** Replaces the settings of {@code name} (which may be renamed by {@code changed}); a present key replaces the stored one. */
    void update(String name, Profile changed, Optional<ApiKey> newKey) throws ProfileException;

    void rename(String oldName, String newName) throws ProfileException;

    /** Removes the profile and its stored key. */
    void remove(String name) throws ProfileException;

    /** Reads the key from its store. */
    ApiKey key(Profile profile) throws ProfileException;

    /** The profile resolved into something a fetch can use, key included. */
    Connection connect(Profile profile, Duration timeout) throws ProfileException;
}
