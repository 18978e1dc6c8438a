package dev.webhookinspector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver at {@code /receiver/<provider>/<webhook id>} that checks deliveries exactly as each provider's
 * docs tell receivers to: the raw body bytes, the whole secret as the key, a constant-time comparison and the
 * freshness window. Written apart from the app's own signing code on purpose, so the two check each other.
 */
final class Receiver {
    private static final Duration ULTRAVOX_WINDOW = Duration.ofMinutes(1);
    private static final Duration FEATUREBASE_WINDOW = Duration.ofMinutes(5);
    private static final int MAX_BODY = 1 << 20;

    private final Fixtures fixtures;
    private volatile ReceiverFault fault = ReceiverFault.NONE;

    Receiver(Fixtures fixtures) { this.fixtures = fixtures; }

    void fault(ReceiverFault f) { fault = f; }

    /** @param raw the path's segments after "receiver": provider and webhook ID */
    void handle(HttpExchange exchange, List<String> raw) throws IOException, InterruptedException {
        if (!exchange.getRequestMethod().equals("POST") || raw.size() != 2) {
            answer(exchange, 405, "application/json", "{\"error\":\"POST a delivery to /receiver/<provider>/<webhook id>\"}");
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY);
        }
        ReceiverFault now = fault;
        switch (now) {
            case SLOW -> {
                Thread.sleep(Duration.ofSeconds(40));
                answer(exchange, 200, "application/json", "{\"received\":true}");
                return;
            }
            case CLIENT_ERROR -> {
                answer(exchange, 422, "application/json", "{\"error\":\"unexpected payload: field 'call' is required\"}");
                return;
            }
            case SERVER_ERROR -> {
                answer(exchange, 502, "text/html", "<html><body><h1>502 Bad Gateway</h1><p>upstream app not responding</p></body></html>");
                return;
            }
            default -> { }
        }
        String provider = Call.decodeSegment(raw.get(0));
        String id = Call.decodeSegment(raw.get(1));
        Optional<List<String>> secrets = secrets(provider, id);
        if (secrets.isEmpty()) {
            answer(exchange, 404, "application/json", "{\"error\":\"no such webhook in the simulator\"}");
            return;
        }
        List<String> keys = now == ReceiverFault.WRONG_SECRET ? List.of("whsec_not-the-webhooks-secret-000000") : secrets.get();
        String verdict = switch (provider) {
            case "ultravox" -> ultravox(exchange, body, keys);
            case "featurebase" -> featurebase(exchange, body, keys);
            default -> null; // v0 documents no signing: a receiver can only accept.
        };
        if (verdict == null) answer(exchange, 200, "application/json", "{\"received\":true}");
        else answer(exchange, 401, "application/json", "{\"error\":\"" + verdict + "\"}");
    }

    private Optional<List<String>> secrets(String provider, String id) {
        if (!Sandbox.PROVIDERS.contains(provider)) return Optional.empty();
        return fixtures.find(provider, id).map(w -> {
            List<String> out = new ArrayList<>();
            for (JsonNode s : w.path("secrets")) out.add(s.asText());
            if (w.path("secret").isTextual()) out.add(w.path("secret").asText());
            return out;
        });
    }

    /** Null when it verifies, else why not. */
    private static String ultravox(HttpExchange exchange, byte[] body, List<String> secrets) {
        String ts = exchange.getRequestHeaders().getFirst("X-Ultravox-Webhook-Timestamp");
        String sigs = exchange.getRequestHeaders().getFirst("X-Ultravox-Webhook-Signature");
        if (ts == null || sigs == null) return "missing signature headers";
        try {
            if (Duration.between(OffsetDateTime.parse(ts).toInstant(), Instant.now()).compareTo(ULTRAVOX_WINDOW) > 0) return "timestamp too old";
        } catch (java.time.format.DateTimeParseException e) {
            return "unreadable timestamp";
        }
        byte[] message = concat(body, ts.getBytes(StandardCharsets.UTF_8));
        for (String secret : secrets) {
            byte[] expected = hmac(secret, message);
            for (String sig : sigs.split(",")) {
                if (MessageDigest.isEqual(expected, unhex(sig.strip()))) return null;
            }
        }
        return "signature mismatch";
    }

    private static String featurebase(HttpExchange exchange, byte[] body, List<String> secrets) {
        String ts = exchange.getRequestHeaders().getFirst("X-Webhook-Timestamp");
        String sig = exchange.getRequestHeaders().getFirst("X-Webhook-Signature");
        if (ts == null || sig == null) return "missing signature headers";
        try {
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(ts)) > FEATUREBASE_WINDOW.toSeconds()) return "timestamp outside the 5-minute window";
        } catch (NumberFormatException e) {
            return "unreadable timestamp";
        }
        byte[] message = concat((ts + ".").getBytes(StandardCharsets.UTF_8), body);
        for (String secret : secrets) {
            if (MessageDigest.isEqual(hmac(secret, message), unhex(sig.strip()))) return null;
        }
        return "signature mismatch";
    }

    private static byte[] hmac(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unhex(String s) {
        try {
            return HexFormat.of().parseHex(s);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void answer(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
