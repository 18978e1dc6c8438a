package dev.webhookinspector.core.profile;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.webhookinspector.core.model.ApiKey;

/**
 * The operating system's key store through java-keyring. Any failure to reach it is reported as
 * {@link ProfileException.Kind#STORE_UNAVAILABLE}: the caller offers the vault, never a silent fallback.
 */
final class OsKeyStore implements ApiKeyStore {
    static final String DEFAULT_SERVICE = "webhook-inspector";

    private final String service;
    private Keyring keyring;
    private String unavailable;

    /** @param service the name entries are filed under; tests use their own so they never touch a user's keys */
    OsKeyStore(String service) { this.service = service; }

    @Override public KeyStoreKind kind() { return KeyStoreKind.KEYRING; }

    @Override public synchronized KeyStoreStatus status() {
        try {
            return new KeyStoreStatus(KeyStoreKind.KEYRING, true, backendName(keyring().getKeyringStorageType().name()));
        } catch (ProfileException e) {
            return new KeyStoreStatus(KeyStoreKind.KEYRING, false, unavailable);
        }
    }

    @Override public synchronized ApiKey get(String locator, String profileName) throws ProfileException {
        Keyring k = keyring();
        String value;
        try {
            value = k.getPassword(service, locator);
        } catch (PasswordAccessException e) {
            throw new ProfileException(ProfileException.Kind.KEY_MISSING, "The OS key store has no key for profile \"" + profileName + "\" (" + e.getMessage()
                    + "); it may have been deleted there. Store the key again.");
        } catch (RuntimeException e) {
            throw unavailable("could not read the key of profile \"" + profileName + "\"", e, null);
        }
        if (value == null || value.isBlank()) {
            throw new ProfileException(ProfileException.Kind.KEY_MISSING, "The OS key store returned an empty key for profile \"" + profileName + "\"; store the key again.");
        }
        return new ApiKey(value);
    }

    @Override public synchronized void put(String locator, ApiKey key) throws ProfileException {
        Keyring k = keyring();
        try {
            k.setPassword(service, locator, key.reveal());
        } catch (PasswordAccessException | RuntimeException e) {
            throw unavailable("refused to save the key", e, key);
        }
    }

    @Override public synchronized void delete(String locator) throws ProfileException {
        Keyring k = keyring();
        try {
            k.deletePassword(service, locator);
        } catch (PasswordAccessException e) {
            // Secret Service reports an entry that is already gone this way; that is the state we want.
            if (e.getMessage() != null && e.getMessage().startsWith("No stored credentials")) return;
            throw unavailable("could not delete a key", e, null);
        } catch (RuntimeException e) {
            throw unavailable("could not delete a key", e, null);
        }
    }

    @Override public synchronized void close() {
        if (keyring == null) return;
        try {
            keyring.close();
        } catch (Exception ignored) {
            // Closing only drops the D-Bus connection; the process is done with it either way.
        }
        keyring = null;
    }

    private Keyring keyring() throws ProfileException {
        if (keyring != null) return keyring;
        if (unavailable != null) throw new ProfileException(ProfileException.Kind.STORE_UNAVAILABLE, "No OS key store is available: " + unavailable + ".");
        try {
            keyring = Keyring.create();
            return keyring;
        } catch (BackendNotSupportedException e) {
            unavailable = "no Secret Service, Keychain or Credential Manager answered";
        } catch (RuntimeException | LinkageError e) {
            unavailable = "opening it failed (" + e.getClass().getSimpleName() + ")";
        }
        throw new ProfileException(ProfileException.Kind.STORE_UNAVAILABLE, "No OS key store is available: " + unavailable + ".");
    }

    private static ProfileException unavailable(String what, Exception e, ApiKey key) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (key != null) detail = detail.replace(key.reveal(), key.masked());
        if (detail.length() > 200) detail = detail.substring(0, 200) + "…";
        return new ProfileException(ProfileException.Kind.STORE_UNAVAILABLE,
                "The OS key store " + what + " (" + detail + "); it may be locked.", (Throwable) null);
    }

    private static String backendName(String type) {
        return switch (type) {
            case "GNOME_KEYRING" -> "Secret Service (GNOME Keyring or compatible)";
            case "KWALLET" -> "KDE Wallet";
            case "OSX_KEYCHAIN", "LEGACY_OSX_KEYCHAIN" -> "macOS Keychain";
            case "WINDOWS_CREDENTIAL_STORE" -> "Windows Credential Manager";
            default -> type;
        };
    }
}
