package dev.webhookinspector.core.provider.ultravox;

import dev.webhookinspector.core.signing.SigningScheme;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Ultravox: {@code X-Ultravox-Webhook-Signature} is the hex HMAC-SHA256, keyed with the secret's UTF-8 bytes, of the
 * raw body followed directly by the {@code X-Ultravox-Webhook-Timestamp} value (ISO-8601); one signature per active
 * secret, comma-separated, for rotation. Receivers reject timestamps older than about a minute.
 */
final class UltravoxSigning implements SigningScheme {
    /** As the service writes it (Python's isoformat): microseconds and a numeric offset. */
    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    @Override public boolean signs() { return true; }

    @Override public String timestampHeader() { return "X-Ultravox-Webhook-Timestamp"; }

    @Override public String signatureHeader() { return "X-Ultravox-Webhook-Signature"; }

    @Override public Duration freshness() { return Duration.ofMinutes(1); }

    @Override public String timestamp(Instant at) { return FORM.format(at.atOffset(ZoneOffset.UTC)); }

    @Override public Optional<Instant> parseTimestamp(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override public byte[] message(byte[] body, String timestamp) {
        byte[] ts = timestamp.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(body, body.length + ts.length);
        System.arraycopy(ts, 0, out, body.length, ts.length);
        return out;
    }

    @Override public String describe() {
        return "Ultravox signs the raw body followed by the timestamp (HMAC-SHA256, hex), one signature per active secret.";
    }
}
