package dev.webhookinspector.core.provider;

import dev.webhookinspector.core.text.SafeText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A per-profile setting a provider takes, such as Featurebase's API version: the command line offers it
 * as {@code --flag}, the profile form as a field, and both check a value with {@link #check}.
 *
 * @param key the name in profiles.json and in {@link Connection#option}
 * @param flag the command-line option without dashes ({@code api-version})
 * @param example a valid value to quote in messages
 */
public record ProviderOption(String key, String flag, String label, String defaultValue, List<String> knownValues, String help,
        Pattern rule, String example) {
    /** One word of printable ASCII: it is sent as an HTTP header value. */
    public static final Pattern HEADER_WORD = Pattern.compile("[!-~]{1,100}");

    public ProviderOption {
        knownValues = List.copyOf(knownValues);
    }

    /** Empty when {@code value} is acceptable, else a message naming the value and the rule. */
    public Optional<String> check(String value) {
        if (value != null && rule.matcher(value).matches()) return Optional.empty();
        String shown = value == null ? "" : SafeText.terminal(value);
        return Optional.of(label + " \"" + shown + "\" is not valid: give one word of printable ASCII without spaces, such as "
                + example + ".");
    }
}
