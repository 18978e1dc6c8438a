package dev.webhookinspector.core.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which way requests to a provider leave this machine. */
public sealed interface ProxyRoute {
    /** Straight to the provider. */
    record Direct() implements ProxyRoute {}

    /**
     * Through an HTTP proxy: HTTPS goes through a CONNECT tunnel, so the proxy sees the host name but never the key.
     *
     * @param source where the setting came from, for messages: "--proxy", "HTTPS_PROXY"...
     * @param loopbackToo true when the proxy was named for this app; the system's proxy never gets loopback hosts
     */
    record Through(String host, int port, String source, boolean loopbackToo) implements ProxyRoute {
        public String address() { return (host.contains(":") ? "[" + host + "]" : host) + ":" + port; }
    }

    /** Whatever the operating system's proxy setting says (Windows, macOS, GNOME), read by the JDK. */
    record OsSetting() implements ProxyRoute {}

    /**
     * A setting that cannot be used: each request it would carry fails with {@code why} instead of quietly going
     * direct. A broken system proxy does not stop loopback requests, which it would never carry.
     */
    record Unusable(String why, boolean loopbackToo) implements ProxyRoute {}

    /**
     * Reads {@code http://HOST:PORT} (or {@code HOST:PORT}, as HTTPS_PROXY is often written) or {@value NetworkSettings#NONE}.
     * A user name or password is refused and never repeated: messages end up on screens and in CI logs.
     */
    static ProxyRoute parse(String text, String source, boolean loopbackToo) {
        String t = text.strip();
        if (NetworkSettings.isNone(t)) return new Direct();
        if (t.contains("@")) {
            return new Unusable("The proxy set by " + source + " contains a user name or password (not repeated here); Webhook Inspector"
                    + " does not send proxy passwords. Use a proxy that needs none, or connect without one.", loopbackToo);
        }
        String usage = "The proxy set by " + source + " (\"" + t + "\") is not a proxy address; use http://HOST:PORT, or " + NetworkSettings.NONE + ".";
        URI uri;
        try {
            uri = new URI(t.contains("://") ? t : "http://" + t);
        } catch (URISyntaxException e) {
            return new Unusable(usage, loopbackToo);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            return new Unusable("The proxy set by " + source + " is a " + scheme + ":// proxy; only http:// proxies are supported"
                    + " (the connection to the provider inside it is still encrypted end to end).", loopbackToo);
        }
        boolean onlyAddress = uri.getRawQuery() == null && uri.getRawFragment() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"));
        if (uri.getHost() == null || !onlyAddress || uri.getPort() > 65535) return new Unusable(usage, loopbackToo);
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        return new Through(host, uri.getPort() == -1 ? 80 : uri.getPort(), source, loopbackToo);
    }
}
