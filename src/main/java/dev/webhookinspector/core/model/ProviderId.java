package dev.webhookinspector.core.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A provider's stable id as profiles, the command line and JSON spell it ({@code ultravox}). Typed so a
 * provider is never confused with a profile name or an ID; resolve it with {@code Providers.byId}.
 */
public record ProviderId(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public ProviderId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A provider id is 1 to 32 lower-case letters, digits or -, starting with a letter: \"" + value + "\"");
        }
    }

    /** Lenient: trims and lower-cases what a person typed. */
    public static ProviderId parse(String text) {
        return new ProviderId(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    }

    @Override public String toString() { return value; }
}
