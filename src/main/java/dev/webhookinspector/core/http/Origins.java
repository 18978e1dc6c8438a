package dev.webhookinspector.core.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Rules about where a request may go: which base URLs are acceptable and what counts as the same origin. */
public final class Origins {
    private Origins() {}

    /** True for localhost, 127.0.0.0/8 and ::1: the only hosts plain http is allowed for. */
    public static boolean isLoopbackHost(String host) {
        if (host == null) return false;
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) h = h.substring(1, h.length() - 1);
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) return true;
        return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** Empty when {@code url} may be used as a base URL, else a message naming the problem and the fix. */
    public static Optional<String> checkBaseUrl(URI url) {
        if (url == null || !url.isAbsolute() || url.getHost() == null) {
            return Optional.of("The base URL \"" + url + "\" is not an absolute URL; use one like https://api.example.com.");
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            return Optional.of("The base URL \"" + url + "\" has a query or fragment; give only scheme, host and an optional path prefix.");
        }
        if (url.getPort() > 65535) {
            // java.net.URI takes any number here; the HTTP client refuses it only when sending.
            return Optional.of("The base URL \"" + url + "\" has port " + url.getPort() + "; a port is a number from 1 to 65535.");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("The base URL must not contain a user name or password; the API key is sent in a header.");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) return Optional.empty();
        if (scheme.equals("http")) {
            return isLoopbackHost(url.getHost()) ? Optional.empty()
                    : Optional.of("Plain http:// is only allowed for loopback hosts; use https://" + url.getHost() + " so the API key is encrypted in transit.");
        }
        return Optional.of("The base URL must start with https:// (or http:// for a loopback host), not " + scheme + "://.");
    }

    /** Parses and checks a base URL typed by a user. */
    public static URI parseBaseUrl(String text) throws IllegalArgumentException {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("The base URL \"" + text + "\" is not a valid URL: " + e.getReason() + ".");
        }
        Optional<String> problem = checkBaseUrl(uri);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
        return uri;
    }

    /** Same scheme, host and port: where a request may carry the key that was meant for {@code a}. */
    public static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && b.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    /**
     * "http://127.0.0.2:4567": scheme, host and port only, for messages. A user-info part is left out, since a
     * server wrote it and could put anything there.
     */
    public static String describe(URI u) {
        String host = u.getHost() == null ? "(no host)" : u.getHost();
        return u.getScheme() + "://" + (u.getPort() == -1 ? host : host + ":" + u.getPort());
    }

    static int effectivePort(URI u) {
        if (u.getPort() != -1) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** Joins a base URL (which may carry a path prefix) and a path that starts with '/'. */
    public static URI join(URI base, String rawPathAndQuery) {
        String b = base.toString();
        while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
        return URI.create(b + rawPathAndQuery);
    }

    /** Percent-encodes one path segment: everything but unreserved characters, so '/' becomes %2F. */
    public static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
