package dev.webhookinspector.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One request to a provider's routes: its decoded path segments and query, and ways to answer it. */
final class Call {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HOST_HEADER = Pattern.compile("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+](:\\d{1,5})?");

    private final HttpExchange exchange;
    private final String mount;
    private final List<String> segments;
    private final Map<String, String> query;
    private boolean answered;
    private String pageOrigin;

    /**
     * @param mount the provider's path prefix, e.g. "/ultravox"
     * @param rawSegments the raw path segments after the mount, still percent-encoded
     */
    Call(HttpExchange exchange, String mount, List<String> rawSegments) {
        this.exchange = exchange;
        this.mount = mount;
        this.segments = rawSegments.stream().map(Call::decodeSegment).toList();
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    String method() { return exchange.getRequestMethod(); }

    /** Path segments after the provider's mount, percent-decoded one by one (so %2F stays inside its segment). */
    List<String> segments() { return segments; }

    /** The path as received, without the query, for error messages. */
    String rawPath() { return exchange.getRequestURI().getRawPath(); }

    String rawPathAndQuery() {
        return rawPathAndQuery(exchange.getRequestURI());
    }

    static String rawPathAndQuery(URI uri) {
        String path = uri.getRawPath() == null ? uri.getRawSchemeSpecificPart() : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The query as received, still encoded; empty when there is none. */
    String rawQuery() {
        String query = exchange.getRequestURI().getRawQuery();
        return query == null ? "" : query;
    }

    String mount() { return mount; }

    /** The first value of a query parameter, decoded. */
    Optional<String> query(String name) { return Optional.ofNullable(query.get(name)); }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** scheme://host:port as the client addressed this server, for absolute URLs in answers. */
    String origin() {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !HOST_HEADER.matcher(host).matches()) {
            host = exchange.getLocalAddress().getAddress().getHostAddress() + ":" + exchange.getLocalAddress().getPort();
        }
        return "http://" + host;
    }

    /** Where absolute page links in this answer point: {@link #origin()} unless a fault moved them. */
    String pageOrigin() {
        return pageOrigin == null ? origin() : pageOrigin;
    }

    void linkPagesTo(String origin) {
        pageOrigin = origin;
    }

    void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    boolean answered() { return answered; }

    void json(int status, JsonNode body) throws IOException {
        send(status, "application/json", toBytes(body));
    }

    void json(int status, String contentType, JsonNode body) throws IOException {
        send(status, contentType, toBytes(body));
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        answered = true;
        if (contentType != null) exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = method().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    void sendText(int status, String contentType, String body) throws IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a chunked 200 answer; the caller writes the body and closes the stream. */
    OutputStream stream(String contentType) throws IOException {
        answered = true;
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (method().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            return OutputStream.nullOutputStream();
        }
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    void redirect(int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(status, null, new byte[0]);
    }

    static byte[] toBytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes %XX escapes as UTF-8; a '+' stays a '+' in a path, and a broken escape is kept as typed. */
    static String decodeSegment(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 3;
            } else {
                int cp = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) return params;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodeQuery(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decodeQuery(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /** Splits a raw path into its raw segments, dropping the leading empty one. */
    static List<String> rawSegments(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) return List.of();
        List<String> parts = new ArrayList<>(Arrays.asList(rawPath.split("/", -1)));
        if (!parts.isEmpty() && parts.getFirst().isEmpty()) parts.removeFirst();
        return parts;
    }
}
