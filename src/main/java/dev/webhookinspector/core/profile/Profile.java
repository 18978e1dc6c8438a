package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ProviderId;
import java.net.URI;
import java.util.Map;

/**
 * Saved connection settings plus a reference to the key: never the key.
 *
 * @param provider a provider's id; it may name a provider this version does not know, which is kept but not used
 * @param baseUrl null means the provider's default
 * @param options provider options by key (Featurebase {@code apiVersion})
 * @param note free text, may be empty
 */
public record Profile(String name, ProviderId provider, URI baseUrl, Map<String, String> options, String note, KeyRef keyRef) {
    public Profile {
        options = Map.copyOf(options);
        note = note == null ? "" : note;
    }
}
