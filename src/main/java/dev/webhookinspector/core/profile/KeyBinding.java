package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import java.net.URI;
import java.util.Locale;

/**
 * The provider and origin (scheme, host, port) a stored key was saved for. The key is only ever sent there:
 * a profile whose provider or origin changed afterwards needs a new key. A path prefix is not part of the
 * origin, so moving to another gateway path on the same host keeps the key.
 *
 * @param provider the provider's id, or empty for {@link #NONE}
 * @param origin "https://api.example.com:443", always with its port; empty when the provider is unknown and no base URL is set
 */
public record KeyBinding(String provider, String origin) {
    /** No record of where the key was saved for (no key, or an entry written by hand): such a key is never sent. */
    public static final KeyBinding NONE = new KeyBinding("", "");

    public KeyBinding {
        provider = provider == null ? "" : provider;
        origin = origin == null ? "" : origin;
    }

    /** Where a key stored for {@code p} right now would be bound: its provider and its base URL's (or the default's) origin. */
    public static KeyBinding of(Profile p) { return of(p.provider(), p.baseUrl()); }

    /** @param baseUrl null means the provider's default */
    public static KeyBinding of(ProviderId provider, URI baseUrl) {
        URI base = baseUrl != null ? baseUrl : Providers.byId(provider).map(Provider::defaultBaseUrl).orElse(null);
        return new KeyBinding(provider.value(), base == null ? "" : origin(base));
    }

    public boolean isNone() { return provider.isEmpty(); }

    /** "Ultravox at https://api.ultravox.ai", the port only when it is not the scheme's default. */
    public String describe() {
        if (isNone()) return "no recorded provider or address";
        String name = Providers.byId(ProviderId.parse(provider)).map(Provider::displayName).orElse(provider);
        String shown = origin.endsWith(":443") && origin.startsWith("https:") ? origin.substring(0, origin.length() - 4)
                : origin.endsWith(":80") && origin.startsWith("http:") ? origin.substring(0, origin.length() - 3) : origin;
        return shown.isEmpty() ? name : name + " at " + shown;
    }

    /** Scheme and host lower-cased, the port always given: the same origin rule as redirects follow. */
    private static String origin(URI u) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort() != -1 ? u.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + host + ":" + port;
    }
}
