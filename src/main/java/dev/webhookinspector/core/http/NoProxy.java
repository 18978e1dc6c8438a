package dev.webhookinspector.core.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * NO_PROXY as curl and most tools read it: comma- or space-separated host names, which also match every
 * host below them ("example.com" and ".example.com" both match "api.example.com"), IP addresses, an
 * optional ":PORT", and "*" for every host. CIDR ranges are not understood and match nothing.
 */
public record NoProxy(List<String> entries) {
    public static final NoProxy EMPTY = new NoProxy(List.of());

    public NoProxy {
        entries = List.copyOf(entries);
    }

    public static NoProxy parse(String text) {
        if (text == null || text.isBlank()) return EMPTY;
        return new NoProxy(Arrays.stream(text.split("[,\\s]+")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList());
    }

    public boolean matches(String host, int port) {
        if (host == null) return false;
        String h = bare(host.toLowerCase(Locale.ROOT));
        for (String entry : entries) {
            if (entry.equals("*")) return true;
            String name = entry;
            int colon = entry.lastIndexOf(':');
            // "host:port" names one port; a bare IPv6 address has colons too but no brackets.
            if (colon > 0 && entry.indexOf(':') == colon || entry.startsWith("[") && entry.contains("]:")) {
                if (!entry.substring(colon + 1).equals(Integer.toString(port))) continue;
                name = entry.substring(0, colon);
            }
            name = bare(name);
            if (name.startsWith("*.")) name = name.substring(1);
            if (name.startsWith(".")) name = name.substring(1);
            if (!name.isEmpty() && (h.equals(name) || h.endsWith("." + name))) return true;
        }
        return false;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
