package dev.webhookinspector.core.profile;

/**
 * Where a profile's key lives; never the key itself.
 *
 * @param locator for ENV the variable name; for KEYRING and VAULT the entry name in that store
 */
public record KeyRef(KeyStoreKind store, String locator) {
    /** As shown in lists: "keyring", "vault", "env:NAME". */
    public String describe() {
        return switch (store) {
            case KEYRING -> "keyring";
            case VAULT -> "vault";
            case ENV -> "env:" + locator;
        };
    }
}
