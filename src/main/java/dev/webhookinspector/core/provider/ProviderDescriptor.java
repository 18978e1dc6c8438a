package dev.webhookinspector.core.provider;

import dev.webhookinspector.core.model.ProviderId;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Everything a front end needs to know about a provider, declared once in the provider's package: the
 * CLI, the window and the simulator render this instead of switching on an id.
 *
 * @param eventsWord what the provider calls the events a webhook subscribes to ("Events", "Topics")
 * @param idRule what a valid webhook ID looks like, for hints: "a UUID such as …"
 * @param options per-profile settings, each with its command-line flag
 * @param accent the mark's colour as a CSS colour, used when no icon ships and for the glyph
 */
public record ProviderDescriptor(
        ProviderId id,
        String displayName,
        String eventsWord,
        URI defaultBaseUrl,
        String idRule,
        Reports reports,
        List<ProviderOption> options,
        String accent) {

    public ProviderDescriptor {
        options = List.copyOf(options);
    }

    /**
     * Where its mark ships: {@code ID.png} (16 px) and {@code ID@2x.png} (32 px), the pair JavaFX uses for
     * high-DPI. A provider without one gets a glyph in its {@link #accent} colour.
     */
    public String markResource(int size) {
        return "/dev/webhookinspector/icons/" + id.value() + (size > 16 ? "@2x" : "") + ".png";
    }

    /** "Featurebase's" */
    public String possessive() { return displayName + "'s"; }

    public Optional<ProviderOption> option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
