package dev.webhookinspector.core.provider;

import dev.webhookinspector.core.model.ProviderId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registered providers, found with {@link ServiceLoader} (META-INF/services lists ours), so a new
 * provider is one package plus one line there, and nothing in the front ends changes.
 */
public final class Providers {
    private static volatile List<Provider> all = load(Providers.class.getClassLoader());

    private Providers() {}

    public static List<Provider> all() { return all; }

    /**
     * Looks the providers up again through {@code loader}: a plug-in folder, or a test that registers
     * one of its own. Order: as listed, duplicates by id dropped.
     */
    public static void reload(ClassLoader loader) {
        all = load(loader);
    }

    private static List<Provider> load(ClassLoader loader) {
        List<Provider> found = new ArrayList<>();
        for (Provider p : ServiceLoader.load(Provider.class, loader)) {
            if (found.stream().noneMatch(q -> q.id().equals(p.id()))) found.add(p);
        }
        if (found.isEmpty()) throw new IllegalStateException("No provider is registered in META-INF/services/" + Provider.class.getName());
        return List.copyOf(found);
    }

    public static Optional<Provider> byId(ProviderId id) {
        if (id == null) return Optional.empty();
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Lenient lookup of what a person typed ("Ultravox ", "V0"). */
    public static Optional<Provider> byId(String typed) {
        if (typed == null) return Optional.empty();
        try {
            return byId(ProviderId.parse(typed));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** "ultravox|v0|featurebase", for usage messages. */
    public static String ids() {
        return all.stream().map(p -> p.id().value()).collect(Collectors.joining("|"));
    }

    /** Every option any provider takes, by flag; the command line accepts these. */
    public static List<ProviderOption> allOptions() {
        return all.stream().flatMap(p -> p.options().stream())
                .collect(Collectors.toMap(ProviderOption::flag, o -> o, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    /** The providers that take an option with this flag, for "applies to Featurebase only". */
    public static String namesTaking(String flag) {
        Collection<String> names = all.stream().filter(p -> p.options().stream().anyMatch(o -> o.flag().equals(flag)))
                .map(Provider::displayName).sorted(Comparator.naturalOrder()).toList();
        return String.join(" and ", names);
    }
}
