package dev.webhookinspector.core.profile;

import java.net.URI;
import java.util.Map;

/**
 * Saved connection settings plus a reference to the key: never the key.
 *
 * @param provider a provider id from {@code Providers}
 * @param baseUrl null means the provider's default
 * @param options provider options by key (Featurebase {@code apiVersion})
 * @param note free text, may be empty
 */
public record Profile(String name, String provider, URI baseUrl, Map<String, String> options, String note, KeyRef keyRef) {
    public Profile {
        options = Map.copyOf(options);
        note = note == null ? "" : note;
    }
}
