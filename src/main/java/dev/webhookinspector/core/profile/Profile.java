package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.http.NetworkSettings;
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
 * @param network this profile's proxy and CA file; unset fields leave it to the environment and the system
 */
public record Profile(String name, ProviderId provider, URI baseUrl, Map<String, String> options, String note, KeyRef keyRef,
                      NetworkSettings network) {
    public Profile {
        options = Map.copyOf(options);
        note = note == null ? "" : note;
        if (network == null) network = NetworkSettings.UNSET;
    }

    /** A profile that leaves the proxy and CA file to the environment and the system. */
    public Profile(String name, ProviderId provider, URI baseUrl, Map<String, String> options, String note, KeyRef keyRef) {
        this(name, provider, baseUrl, options, note, keyRef, NetworkSettings.UNSET);
    }

    public Profile withKeyRef(KeyRef ref) {
        return new Profile(name, provider, baseUrl, options, note, ref, network);
    }

    public Profile withNetwork(NetworkSettings n) {
        return new Profile(name, provider, baseUrl, options, note, keyRef, n);
    }
}
