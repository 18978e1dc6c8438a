package dev.webhookinspector.core.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.webhookinspector.core.model.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks a delivery as the provider's docs tell receivers to, and when it fails, finds the likely mistake by
 * checking each one for real: the body in other JSON forms or with its trailing newline added or dropped, the key
 * without whsec_ or base64-decoded, the header read leniently. A variant that matches names the mistake.
 */
public final class Verifier {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper SORTED = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private Verifier() {}

    private record Variant(byte[] body, Mistake bodyMistake) {}

    /** @param headers the request's headers; names are matched ignoring case */
    public static Verification verify(SigningScheme scheme, byte[] body, Map<String, String> headers, List<Secret> secrets, Instant now) {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        String signature = h.get(scheme.signatureHeader());
        String timestamp = h.get(scheme.timestampHeader());
        List<Mistake> missing = new ArrayList<>();
        if (signature == null || signature.isBlank()) missing.add(Mistake.NO_SIGNATURE_HEADER);
        if (timestamp == null) missing.add(Mistake.NO_TIMESTAMP_HEADER);
        if (!missing.isEmpty()) return new Verification(false, Optional.empty(), Optional.empty(), scheme.freshness(), missing, Optional.empty());

        Optional<Instant> at = scheme.parseTimestamp(timestamp);
        Optional<Duration> age = at.map(t -> Duration.between(t, now));
        List<String> strict = scheme.signaturesIn(signature);

        // As the docs say: raw body, whole secret, the header split on commas.
        for (int i = 0; i < secrets.size(); i++) {
            String expected = Hmac.hex(scheme.key(secrets.get(i).reveal()), scheme.message(body, timestamp));
            if (strict.stream().anyMatch(s -> Hmac.sameHex(s, expected))) {
                List<Mistake> mistakes = new ArrayList<>();
                if (at.isEmpty()) mistakes.add(Mistake.TIMESTAMP_FORM);
                else if (age.get().compareTo(scheme.freshness()) > 0) mistakes.add(Mistake.TIMESTAMP_TOO_OLD);
                Optional<String> note = i == 0 || secrets.size() < 2 ? Optional.empty()
                        : Optional.of("It matched " + secrets.get(i).label() + ", not the first of the webhook's "
                                + secrets.size() + " secrets: a receiver that knows only the newest secret rejects it.");
                return new Verification(mistakes.isEmpty(), Optional.of(secrets.get(i).label()), age, scheme.freshness(), mistakes, note);
            }
        }

        List<Mistake> found = new ArrayList<>();
        List<String> lenient = lenient(signature);
        boolean headerOnly = false;
        for (Secret secret : secrets) {
            for (Variant v : bodies(body)) {
                for (KeyVariant k : keys(secret.reveal())) {
                    String expected = Hmac.hex(k.key(), scheme.message(v.body(), timestamp));
                    boolean strictHit = strict.stream().anyMatch(s -> Hmac.sameHex(s, expected));
                    boolean lenientHit = lenient.stream().anyMatch(s -> Hmac.sameHex(s, expected));
                    if (!strictHit && !lenientHit) continue;
                    if (v.bodyMistake() != null && !found.contains(v.bodyMistake())) found.add(v.bodyMistake());
                    if (k.mistake() != null && !found.contains(k.mistake())) found.add(k.mistake());
                    if (!strictHit && v.bodyMistake() == null && k.mistake() == null) headerOnly = true;
                    if (!strictHit && !found.contains(Mistake.SIGNATURE_HEADER_FORM)) found.add(Mistake.SIGNATURE_HEADER_FORM);
                }
            }
        }
        if (headerOnly) found.remove(Mistake.SIGNATURE_HEADER_FORM);
        if (headerOnly) found.addFirst(Mistake.SIGNATURE_HEADER_FORM);
        if (at.isEmpty()) found.add(Mistake.TIMESTAMP_FORM);
        if (found.isEmpty() || found.equals(List.of(Mistake.TIMESTAMP_FORM))) found.add(Mistake.NO_SECRET_MATCHES);
        return new Verification(false, Optional.empty(), age, scheme.freshness(), found, Optional.empty());
    }

    private record KeyVariant(byte[] key, Mistake mistake) {}

    /** The whole secret, then what receivers often key with by mistake. */
    private static List<KeyVariant> keys(String secret) {
        List<KeyVariant> out = new ArrayList<>();
        out.add(new KeyVariant(secret.getBytes(StandardCharsets.UTF_8), null));
        int at = secret.indexOf("whsec_");
        if (at >= 0) {
            String rest = secret.substring(at + "whsec_".length());
            out.add(new KeyVariant(rest.getBytes(StandardCharsets.UTF_8), Mistake.PREFIX_STRIPPED));
            try {
                out.add(new KeyVariant(Base64.getDecoder().decode(rest), Mistake.BASE64_KEY));
            } catch (IllegalArgumentException notBase64) {
                // Nothing a receiver could have decoded.
            }
        }
        return out;
    }

    /** The body as given, then the forms it may have had before a receiver changed it. */
    private static List<Variant> bodies(byte[] body) {
        List<Variant> out = new ArrayList<>();
        out.add(new Variant(body, null));
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.endsWith("\r\n")) out.add(new Variant(cut(body, 2), Mistake.NEWLINE_ADDED));
        if (text.endsWith("\n")) out.add(new Variant(cut(body, 1), Mistake.NEWLINE_ADDED));
        else out.add(new Variant((text + "\n").getBytes(StandardCharsets.UTF_8), Mistake.NEWLINE_DROPPED));
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree != null) {
                out.add(new Variant(JSON.writeValueAsBytes(tree), Mistake.RESERIALISED_BODY));
                out.add(new Variant(SORTED.writeValueAsBytes(JSON.treeToValue(tree, Object.class)), Mistake.RESERIALISED_BODY));
                out.add(new Variant(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree), Mistake.RESERIALISED_BODY));
            }
        } catch (java.io.IOException notJson) {
            // Only the byte-level variants apply.
        }
        // A compact body re-serialised compactly is the same bytes: not a mistake, so only distinct forms count.
        List<Variant> distinct = new ArrayList<>();
        for (Variant v : out) {
            if (distinct.stream().noneMatch(d -> java.util.Arrays.equals(d.body(), v.body()))) distinct.add(v);
        }
        return distinct;
    }

    private static byte[] cut(byte[] body, int n) { return java.util.Arrays.copyOf(body, body.length - n); }

    /** Signatures as a careless reader might find them: split on commas, spaces or semicolons, prefixes removed. */
    private static List<String> lenient(String header) {
        List<String> out = new ArrayList<>();
        for (String part : header.split("[,;\\s]+")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq >= 0) p = p.substring(eq + 1);
            if (p.toLowerCase(Locale.ROOT).startsWith("v1,")) p = p.substring(3);
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }
}
