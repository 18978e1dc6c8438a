package dev.webhookinspector.core.http;

import java.util.Optional;

/**
 * A proxy and a CA file as a person sets them in one place: command-line flags, a profile, or the app's
 * environment variables. Empty means "not set here", so a less specific place decides. {@value #NONE}
 * means "nothing", and overrides every less specific place: no proxy (not even the system's), or no CA
 * file beyond the system's certificates.
 *
 * @param proxy empty, {@value #NONE}, or an http:// proxy address
 * @param caFile empty, {@value #NONE}, or the path of a PEM file of one or more certificates
 */
public record NetworkSettings(String proxy, String caFile) {
    public static final NetworkSettings UNSET = new NetworkSettings("", "");
    public static final String NONE = "none";

    public NetworkSettings {
        proxy = proxy == null ? "" : proxy.strip();
        caFile = caFile == null ? "" : caFile.strip();
    }

    public boolean isUnset() { return proxy.isEmpty() && caFile.isEmpty(); }

    public NetworkSettings withProxy(String p) { return new NetworkSettings(p, caFile); }

    public NetworkSettings withCaFile(String f) { return new NetworkSettings(proxy, f); }

    /** Empty when the proxy setting can be used, else why, never repeating a password it contains. */
    public Optional<String> proxyProblem(String source) {
        if (proxy.isEmpty()) return Optional.empty();
        return ProxyRoute.parse(proxy, source, true) instanceof ProxyRoute.Unusable(String why, boolean all) ? Optional.of(why) : Optional.empty();
    }

    public static boolean isNone(String value) { return value.equalsIgnoreCase(NONE); }
}
