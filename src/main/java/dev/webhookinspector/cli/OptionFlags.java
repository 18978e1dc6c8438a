package dev.webhookinspector.cli;

import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderOption;
import dev.webhookinspector.core.provider.Providers;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The command-line flags that providers' options add, rendered from their descriptors. */
final class OptionFlags {
    private OptionFlags() {}

    /** {@code base} plus every provider option's flag. */
    static Set<String> with(String... base) {
        Set<String> all = new LinkedHashSet<>(Set.of(base));
        Providers.allOptions().forEach(o -> all.add(o.flag()));
        return all;
    }

    /**
     * Puts each option flag given in {@code args} into {@code options} under its key, checked by its rule.
     * A flag the provider does not take is refused by name; with {@code resettable}, "default" (or an empty
     * value) removes the option so the provider's default applies.
     */
    static void apply(Args args, Provider provider, Map<String, String> options, boolean resettable) throws UsageException {
        for (ProviderOption any : Providers.allOptions()) {
            Optional<String> value = args.value(any.flag());
            if (value.isEmpty()) continue;
            ProviderOption option = provider.descriptor().option(any.key()).filter(o -> o.flag().equals(any.flag()))
                    .orElseThrow(() -> new UsageException("--" + any.flag() + " applies to " + Providers.namesTaking(any.flag())
                            + " only; remove it for " + provider.displayName() + "."));
            String v = value.get().strip();
            if (resettable && (v.isEmpty() || v.equalsIgnoreCase("default"))) {
                options.remove(option.key());
                continue;
            }
            Optional<String> bad = option.check(v);
            if (bad.isPresent()) throw new UsageException(bad.get());
            options.put(option.key(), v);
        }
    }

    /** "--provider, --base-url, --api-version" */
    static String list(Set<String> flags) {
        return flags.stream().map(f -> "--" + f).collect(Collectors.joining(", "));
    }

    /** " [--api-version V]" for a usage line; {@code orDefault} adds "|default". */
    static String usage(boolean orDefault) {
        return Providers.allOptions().stream()
                .map(o -> " [--" + o.flag() + " " + placeholder(o) + (orDefault ? "|default" : "") + "]")
                .collect(Collectors.joining());
    }

    /** One help line per option, saying which provider takes it and its default. */
    static String help() {
        StringBuilder sb = new StringBuilder();
        for (ProviderOption o : Providers.allOptions()) {
            String left = "--" + o.flag() + " " + placeholder(o);
            sb.append(String.format(Locale.ROOT, "  %-22s %s only: %s (default %s)%n", left, Providers.namesTaking(o.flag()),
                    o.label(), o.defaultValue()));
        }
        return sb.toString();
    }

    private static String placeholder(ProviderOption o) {
        return o.flag().substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
