package dev.webhookinspector.core.profile;

/** Where a profile's API key is kept. */
public enum KeyStoreKind {
    /** The operating system's key store (Secret Service, Keychain, Credential Manager). */
    KEYRING,
    /** The app's encrypted vault file, unlocked with a passphrase. */
    VAULT,
    /** Not stored: read from an environment variable at use time. */
    ENV
}
