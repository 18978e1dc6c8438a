package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The profile layer used by both the command line and the window. Blocking (disk, key store):
 * never call it on the JavaFX thread. Obtain the default one from {@link ProfileServices#open}.
 */
public interface ProfileService extends AutoCloseable {
    List<Profile> list() throws ProfileException;

    /** Case-insensitive lookup. */
    Optional<Profile> find(String name) throws ProfileException;

    /** Like {@link #find} but a missing profile is a {@link ProfileException.Kind#NOT_FOUND} error naming it. */
    default Profile require(String name) throws ProfileException {
        Optional<Profile> p = find(name);
        if (p.isEmpty()) throw new ProfileException(ProfileException.Kind.NOT_FOUND, "No profile is named \"" + name + "\".");
        return p.get();
    }

    /**
     * Adds a profile and stores its key where its {@link KeyRef} says (nothing for ENV). For KEYRING and
     * VAULT pass {@link KeyRef#keyring()} / {@link KeyRef#vault()}: the service assigns the entry.
     * An empty key for KEYRING/VAULT adds a profile with no key yet.
     */
    void add(Profile profile, Optional<ApiKey> key) throws ProfileException;

    /**
     * Replaces the settings of {@code name} (which may be renamed by {@code changed}); a present key replaces the stored one.
     * A different store in {@code changed} moves the existing key there (or stores {@code newKey}) and deletes it from the old one.
     * A stored key never follows the profile to another provider or origin: such a change needs {@code newKey} (else INVALID).
     */
    void update(String name, Profile changed, Optional<ApiKey> newKey) throws ProfileException;

    void rename(String oldName, String newName) throws ProfileException;

    /** Removes the profile and its stored key. A key that cannot be deleted leaves a {@link #warnings()} entry. */
    void remove(String name) throws ProfileException;

    /** Reads the key from its store. */
    ApiKey key(Profile profile) throws ProfileException;

    /** The profile resolved into something a fetch can use, key included. */
    Connection connect(Profile profile, Duration timeout) throws ProfileException;

    /** Each store and whether it can be used here; the OS key store's entry says why not. */
    List<KeyStoreStatus> storeStatus();

    default Set<KeyStoreKind> availableStores() {
        Set<KeyStoreKind> kinds = EnumSet.noneOf(KeyStoreKind.class);
        for (KeyStoreStatus s : storeStatus()) if (s.available()) kinds.add(s.kind());
        return kinds;
    }

    /**
     * Things the user must be told that did not stop the operation, oldest first: a profiles file
     * that was unreadable and set aside (and whether a backup was restored), a key that could not be deleted.
     */
    List<String> warnings();

    /** The JSON file the profiles live in. */
    Path profilesFile();

    /** Writes the named profiles (all when {@code names} is empty) to {@code file}, without keys. */
    List<Profile> exportProfiles(Path file, List<String> names) throws ProfileException;

    /** Reads and checks an export file without changing anything, so the caller can show conflicts first. */
    List<Profile> readExport(Path file) throws ProfileException;

    /**
     * Adds profiles read by {@link #readExport}; they have no keys yet (except ENV references). Without
     * {@code envConfirmed}, an ENV reference that {@link ProfileRules#envReferenceNeedsConfirmation needs confirmation}
     * makes it import nothing and say which variables would be read and where they would be sent.
     */
    ImportResult importProfiles(List<Profile> imported, ImportPolicy policy, boolean envConfirmed) throws ProfileException;

    /** Forgets the vault passphrase and closes the key store connection. */
    @Override void close();
}
