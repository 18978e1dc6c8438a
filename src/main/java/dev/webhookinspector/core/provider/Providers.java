package dev.webhookinspector.core.provider;

import dev.webhookinspector.core.provider.featurebase.FeaturebaseProvider;
import dev.webhookinspector.core.provider.ultravox.UltravoxProvider;
import dev.webhookinspector.core.provider.v0.V0Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one place providers are registered. */
public final class Providers {
    private static final List<Provider> ALL = List.of(new UltravoxProvider(), new V0Provider(), new FeaturebaseProvider());

    private Providers() {}

    public static List<Provider> all() { return ALL; }

    public static Optional<Provider> byId(String id) {
        if (id == null) return Optional.empty();
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.id().equals(wanted)).findFirst();
    }

    /** "ultravox|v0|featurebase", for usage messages. */
    public static String ids() {
        return ALL.stream().map(Provider::id).collect(Collectors.joining("|"));
    }
}
