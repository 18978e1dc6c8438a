package dev.webhookinspector.ui.profiles;

import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.profile.ProfileService;
import java.util.ArrayList;
import java.util.List;

/**
 * A key store as offered in the profile form.
 *
 * @param detail why it can or cannot be used here, in a few words
 */
public record StoreChoice(KeyStoreKind kind, boolean available, String detail) {
    static StoreChoice unknown(KeyStoreKind kind) {
        return new StoreChoice(kind, true, "");
    }

    /** What the profile layer says about each store. Blocking: it may probe the OS key store. */
    static List<StoreChoice> of(ProfileService service) {
        List<StoreChoice> list = new ArrayList<>();
        for (KeyStoreKind k : KeyStoreKind.values()) {
            list.add(service.storeStatus().stream().filter(s -> s.kind() == k).findFirst()
                    .map(s -> new StoreChoice(k, s.available(), s.detail() == null ? "" : s.detail()))
                    .orElse(unknown(k)));
        }
        return list;
    }

    public String label() {
        return switch (kind) {
            case KEYRING -> "OS key store";
            case VAULT -> "Encrypted vault";
            case ENV -> "Environment variable";
        };
    }
}
