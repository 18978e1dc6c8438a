package dev.webhookinspector.core.profile;

/**
 * Whether a key store can be used here, and in a sentence why (or why not).
 *
 * @param detail e.g. "GNOME Keyring" or "no Secret Service on the session bus"
 */
public record KeyStoreStatus(KeyStoreKind kind, boolean available, String detail) {}
