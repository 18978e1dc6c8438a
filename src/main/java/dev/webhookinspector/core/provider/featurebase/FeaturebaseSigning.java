package dev.webhookinspector.core.provider.featurebase;

import dev.webhookinspector.core.signing.SigningScheme;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Featurebase: {@code X-Webhook-Signature} is the hex HMAC-SHA256, keyed with the whole secret including
 * {@code whsec_} (UTF-8), of {@code "{X-Webhook-Timestamp}.{raw body}"}; the timestamp is Unix seconds and
 * receivers accept five minutes.
 */
final class FeaturebaseSigning implements SigningScheme {
    @Override public boolean signs() { return true; }

    @Override public String timestampHeader() { return "X-Webhook-Timestamp"; }

    @Override public String signatureHeader() { return "X-Webhook-Signature"; }

    @Override public Duration freshness() { return Duration.ofMinutes(5); }

    @Override public String timestamp(Instant at) { return Long.toString(at.getEpochSecond()); }

    /** Seconds only: ten or eleven digits cover 2001 to 5138; thirteen are milliseconds, a mistake verify names. */
    @Override public Optional<Instant> parseTimestamp(String value) {
        String v = value.strip();
        if (!v.matches("[0-9]{1,11}")) return Optional.empty();
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(v)));
    }

    @Override public byte[] message(byte[] body, String timestamp) {
        byte[] head = (timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, out, head.length, body.length);
        return out;
    }

    @Override public String describe() {
        return "Featurebase signs \"{timestamp}.{raw body}\" (HMAC-SHA256, hex) with the whole secret, whsec_ included.";
    }
}
