package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import java.util.Locale;

/**
 * What the inspector needs to know about a provider beyond the snapshot: its display name, what it
 * calls events, and whether its API returns signing secrets at all (v0's does not).
 *
 * @param failuresNote what the provider's failure list covers, when that is less than it seems; empty otherwise
 */
public record ProviderInfo(String id, String displayName, String eventsWord, boolean reportsSecrets, String failuresNote) {

    public static ProviderInfo of(String providerId) {
        String id = providerId == null ? "" : providerId.toLowerCase(Locale.ROOT);
        String name = Providers.byId(id).map(Provider::displayName).orElse(providerId);
        return switch (id) {
            case "featurebase" -> new ProviderInfo(id, name, "Topics", true,
                    name + " reports only the last delivery attempt, so at most one failure shows here;"
                            + " the health numbers under Overview count the others.");
            case "v0" -> new ProviderInfo(id, name, "Events", false, "");
            default -> new ProviderInfo(id, name, "Events", true, "");
        };
    }

    /** "v0's" */
    public String possessive() {
        return displayName + "'s";
    }
}
