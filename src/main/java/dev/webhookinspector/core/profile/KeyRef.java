package dev.webhookinspector.core.profile;

import java.util.Locale;

/**
 * Where a profile's key lives; never the key itself.
 *
 * @param locator for ENV the variable name; for KEYRING and VAULT the entry name in that store,
 *        assigned by the profile service (empty means no key has been stored yet, e.g. after an import)
 * @param binding for a stored key, the provider and origin it was stored for (set by the profile service);
 *        {@link KeyBinding#NONE} for ENV references and when no key is stored
 */
public record KeyRef(KeyStoreKind store, String locator, KeyBinding binding) {
    public KeyRef {
        if (store == null) throw new IllegalArgumentException("A key reference needs a store.");
        locator = locator == null ? "" : locator;
        binding = binding == null ? KeyBinding.NONE : binding;
    }

    /** A reference with no recorded binding: ENV, or a store entry yet to be written. */
    public KeyRef(KeyStoreKind store, String locator) { this(store, locator, KeyBinding.NONE); }

    /** A key to keep in the OS key store; the service assigns the entry. */
    public static KeyRef keyring() { return new KeyRef(KeyStoreKind.KEYRING, ""); }

    /** A key to keep in the encrypted vault; the service assigns the entry. */
    public static KeyRef vault() { return new KeyRef(KeyStoreKind.VAULT, ""); }

    /** A key read from environment variable {@code variable} at use time. */
    public static KeyRef env(String variable) { return new KeyRef(KeyStoreKind.ENV, variable); }

    /**
     * Parses what {@link #describe()} prints: "keyring", "vault" or "env:NAME".
     *
     * @throws ProfileException INVALID naming the bad value and the accepted forms
     */
    public static KeyRef parse(String text) throws ProfileException {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("keyring")) return keyring();
        if (lower.equals("vault")) return vault();
        if (lower.startsWith("env:")) {
            String variable = t.substring(4);
            ProfileRules.checkEnvVariable(variable);
            return env(variable);
        }
        throw new ProfileException(ProfileException.Kind.INVALID,
                "Unknown key store \"" + t + "\"; use keyring, vault or env:VARIABLE.");
    }

    /** True when a key has been stored (KEYRING, VAULT) or is referenced (ENV). */
    public boolean hasKey() { return !locator.isEmpty(); }

    /** True when this app holds the key in one of its stores (not an ENV reference). */
    public boolean hasStoredKey() { return store != KeyStoreKind.ENV && hasKey(); }

    /** As shown in lists: "keyring", "vault", "env:NAME". */
    public String describe() {
        return switch (store) {
            case KEYRING -> "keyring";
            case VAULT -> "vault";
            case ENV -> "env:" + locator;
        };
    }

    /** A phrase for sentences: "the OS key store", "the encrypted vault", "environment variable NAME". */
    public String describeLong() {
        return switch (store) {
            case KEYRING -> "the OS key store";
            case VAULT -> "the encrypted vault";
            case ENV -> "environment variable " + locator;
        };
    }
}
