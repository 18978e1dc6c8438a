package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderOption;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.SafeText;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The rules a profile's settings follow; each error names the bad value and the rule. */
public final class ProfileRules {
    public static final int MAX_NAME_LENGTH = 64;
    private static final Pattern ENV_VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ProfileRules() {}

    public static void checkName(String name) throws ProfileException {
        if (name == null || name.isEmpty()) throw invalid("A profile name must not be empty; use 1 to " + MAX_NAME_LENGTH + " characters.");
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME_LENGTH) {
            throw invalid("Profile name \"" + name + "\" is too long (" + length + " characters); use at most " + MAX_NAME_LENGTH + ".");
        }
        if (name.isBlank() || !name.equals(name.strip())) {
            throw invalid("Profile name \"" + name + "\" starts or ends with a space; remove the spaces around it.");
        }
        // Bidi overrides too: a name is printed in lists, where one could make it read as another profile's.
        if (name.codePoints().anyMatch(SafeText::isUnsafe)) {
            throw invalid("Profile name \"" + SafeText.terminal(name) + "\" contains a control character (shown escaped); use printable characters only.");
        }
    }

    /** Names are unique ignoring case: "Prod" and "prod" are the same profile. */
    public static boolean sameName(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    public static void checkUnique(String name, Collection<Profile> others) throws ProfileException {
        for (Profile p : others) {
            if (sameName(p.name(), name)) {
                throw invalid("A profile named \"" + p.name() + "\" already exists (names are compared ignoring case); choose another name for \"" + name + "\".");
            }
        }
    }

    public static Provider checkProvider(String typed) throws ProfileException {
        return Providers.byId(typed).orElseThrow(() -> invalid("Unknown provider \"" + typed + "\"; use one of " + Providers.ids() + "."));
    }

    public static Provider checkProvider(ProviderId id) throws ProfileException {
        return Providers.byId(id).orElseThrow(() -> invalid("Unknown provider \"" + id + "\"; use one of " + Providers.ids() + "."));
    }

    /** Parses and checks a base URL typed by a person, by the same rules as every request. */
    public static URI parseBaseUrl(String text) throws ProfileException {
        try {
            return Origins.parseBaseUrl(text);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    /** Absolute http(s) with a host, no credentials, query or fragment; plain http only to this machine. */
    public static void checkBaseUrl(URI uri) throws ProfileException {
        Optional<String> problem = Origins.checkBaseUrl(uri);
        if (problem.isPresent()) throw invalid(problem.get());
    }

    public static void checkEnvVariable(String name) throws ProfileException {
        if (name == null || !ENV_VARIABLE.matcher(name).matches()) {
            throw invalid("Environment variable name \"" + name + "\" is not valid; use letters, digits and _ and do not start with a digit, e.g. env:ULTRAVOX_API_KEY.");
        }
    }

    /**
     * Whether an imported {@code env:NAME} reference needs the user's confirmation. Accepted without it only when
     * both hold: NAME is this app's or the profile's provider's API key variable ({@code WEBHOOK_INSPECTOR_API_KEY},
     * {@code WEBHOOK_INSPECTOR_*_API_KEY}, or for Ultravox {@code ULTRAVOX_API_KEY}, {@code ULTRAVOX_*_API_KEY}), and
     * the profile uses its provider's own API origin. Anything else (AWS_SECRET_ACCESS_KEY, the vault passphrase,
     * a provider key sent to another address) could hand a secret to whoever wrote the file.
     */
    public static boolean envReferenceNeedsConfirmation(Profile p) {
        if (p.keyRef().store() != KeyStoreKind.ENV) return false;
        String provider = p.provider().value().toUpperCase(Locale.ROOT).replace('-', '_');
        boolean keyName = p.keyRef().locator().matches("(WEBHOOK_INSPECTOR|" + Pattern.quote(provider) + ")(_[A-Z0-9]+)*_API_KEY");
        boolean ownApi = KeyBinding.of(p).equals(KeyBinding.of(p.provider(), null));
        return !(keyName && ownApi);
    }

    public static void checkOptions(Provider provider, Map<String, String> options) throws ProfileException {
        for (Map.Entry<String, String> e : options.entrySet()) {
            boolean known = provider.options().stream().anyMatch(o -> o.key().equals(e.getKey()));
            if (!known) {
                String accepted = provider.options().isEmpty() ? "it takes none"
                        : "it takes " + provider.options().stream().map(ProviderOption::key).collect(Collectors.joining(", "));
                throw invalid("Provider " + provider.id() + " has no option \"" + e.getKey() + "\"; " + accepted + ".");
            }
            // The option's own rule: its value is sent as a header, where only printable ASCII survives.
            ProviderOption option = provider.options().stream().filter(o -> o.key().equals(e.getKey())).findFirst().orElseThrow();
            Optional<String> bad = option.check(e.getValue());
            if (bad.isPresent()) throw invalid(bad.get());
        }
    }

    /** A proxy this app can use, and a CA file named by an absolute path, since profiles are used from any folder. */
    public static void checkNetwork(String name, NetworkSettings n) throws ProfileException {
        Optional<String> proxy = n.proxyProblem("profile \"" + name + "\"");
        if (proxy.isPresent()) throw invalid(proxy.get());
        String ca = n.caFile();
        if (ca.codePoints().anyMatch(Character::isISOControl)) throw invalid("The CA file of \"" + name + "\" contains a control character.");
        if (ca.isEmpty() || ca.equalsIgnoreCase(NetworkSettings.NONE)) return;
        boolean absolute;
        try {
            absolute = Path.of(ca).isAbsolute();
        } catch (java.nio.file.InvalidPathException e) {
            absolute = false;
        }
        if (!absolute) throw invalid("The CA file of \"" + name + "\" must be an absolute path, not \"" + ca + "\".");
    }

    /** Every rule that does not depend on the other profiles. */
    public static void check(Profile p) throws ProfileException {
        checkName(p.name());
        Provider provider = checkProvider(p.provider());
        if (p.baseUrl() != null) checkBaseUrl(p.baseUrl());
        checkOptions(provider, p.options());
        if (p.note().codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw invalid("The note of \"" + p.name() + "\" contains a control character; use plain text.");
        }
        checkNetwork(p.name(), p.network());
        if (p.keyRef() == null) throw invalid("Profile \"" + p.name() + "\" needs a key store: keyring, vault or env:VARIABLE.");
        if (p.keyRef().store() == KeyStoreKind.ENV) checkEnvVariable(p.keyRef().locator());
    }

    static ProfileException invalid(String message) {
        return new ProfileException(ProfileException.Kind.INVALID, message);
    }
}
