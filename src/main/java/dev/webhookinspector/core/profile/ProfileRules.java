package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.ProviderOption;
import dev.webhookinspector.core.provider.Providers;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
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
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("Profile name \"" + name.replaceAll("\\p{Cntrl}", "?") + "\" contains a control character (shown as ?); use printable characters only.");
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

    public static Provider checkProvider(String id) throws ProfileException {
        return Providers.byId(id).orElseThrow(() -> invalid("Unknown provider \"" + id + "\"; use one of " + Providers.ids() + "."));
    }

    /** Parses and checks a base URL typed by a person. */
    public static URI parseBaseUrl(String text) throws ProfileException {
        try {
            URI uri = new URI(text.strip());
            checkBaseUrl(uri);
            return uri;
        } catch (URISyntaxException e) {
            throw invalid("Base URL \"" + text + "\" is not a valid URL (" + e.getReason() + "); use something like https://api.example.com.");
        }
    }

    /** Absolute http(s) with a host, no credentials, query or fragment; plain http only to this machine. */
    public static void checkBaseUrl(URI uri) throws ProfileException {
        String shown = uri.toString();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw invalid("Base URL \"" + shown + "\" must be an absolute https:// URL with a host, such as https://api.example.com.");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("Base URL \"" + uri.getScheme() + "://…@" + uri.getHost() + "\" contains credentials; remove them, the key belongs in the key store.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid("Base URL \"" + shown + "\" must not have a ?query or #fragment; give only the root, e.g. https://api.example.com.");
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw invalid("Base URL \"" + shown + "\" uses plain http to another machine, which would send the key unencrypted; use https:// (plain http is allowed only for localhost, 127.0.0.0/8 and ::1).");
        }
    }

    /** Literal loopback addresses and "localhost" only: no name lookup, so a DNS answer cannot make a host "local". */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) return true;
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        try {
            return InetAddress.ofLiteral(h).isLoopbackAddress();
        } catch (IllegalArgumentException notALiteral) {
            return false;
        }
    }

    public static void checkEnvVariable(String name) throws ProfileException {
        if (name == null || !ENV_VARIABLE.matcher(name).matches()) {
            throw invalid("Environment variable name \"" + name + "\" is not valid; use letters, digits and _ and do not start with a digit, e.g. env:ULTRAVOX_API_KEY.");
        }
    }

    public static void checkOptions(Provider provider, Map<String, String> options) throws ProfileException {
        for (Map.Entry<String, String> e : options.entrySet()) {
            boolean known = provider.options().stream().anyMatch(o -> o.key().equals(e.getKey()));
            if (!known) {
                String accepted = provider.options().isEmpty() ? "it takes none"
                        : "it takes " + provider.options().stream().map(ProviderOption::key).collect(Collectors.joining(", "));
                throw invalid("Provider " + provider.id() + " has no option \"" + e.getKey() + "\"; " + accepted + ".");
            }
            String v = e.getValue();
            if (v.isBlank() || v.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw invalid("Option " + e.getKey() + " value \"" + v + "\" is not valid; give a single word without spaces, e.g. "
                        + provider.options().stream().filter(o -> o.key().equals(e.getKey())).findFirst().map(ProviderOption::defaultValue).orElse("a value") + ".");
            }
        }
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
        if (p.keyRef() == null) throw invalid("Profile \"" + p.name() + "\" needs a key store: keyring, vault or env:VARIABLE.");
        if (p.keyRef().store() == KeyStoreKind.ENV) checkEnvVariable(p.keyRef().locator());
    }

    static ProfileException invalid(String message) {
        return new ProfileException(ProfileException.Kind.INVALID, message);
    }
}
