package dev.webhookinspector.core.provider;

import java.util.List;

/** A per-profile setting a provider takes, such as Featurebase's API version. */
public record ProviderOption(String key, String label, String defaultValue, List<String> knownValues, String help) {
    public ProviderOption {
        knownValues = List.copyOf(knownValues);
    }
}
