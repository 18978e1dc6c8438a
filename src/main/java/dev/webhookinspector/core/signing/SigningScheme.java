package dev.webhookinspector.core.signing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a provider signs a delivery, as its docs tell receivers to check it: which headers, which bytes go into the
 * HMAC, how the key is made from the secret, the timestamp's form and how fresh it must be. One per provider,
 * declared in the provider's package ({@code Provider.signing()}); {@link #NONE} for a provider that does not sign.
 */
public interface SigningScheme {
    /** v0 documents no signing: the lab says so and sends plain deliveries only. */
    SigningScheme NONE = new SigningScheme() {
        @Override public boolean signs() { return false; }
        @Override public String timestampHeader() { return ""; }
        @Override public String signatureHeader() { return ""; }
        @Override public Duration freshness() { return Duration.ZERO; }
        @Override public String timestamp(Instant at) { return ""; }
        @Override public Optional<Instant> parseTimestamp(String value) { return Optional.empty(); }
        @Override public byte[] message(byte[] body, String timestamp) { return body; }
        @Override public String describe() {
            return "This provider documents no signing of its deliveries: a test delivery goes unsigned, and there is nothing to verify.";
        }
    };

    boolean signs();

    String timestampHeader();

    String signatureHeader();

    /** How old a timestamp receivers are told to accept. */
    Duration freshness();

    /** The timestamp header's value for a delivery sent at {@code at}. */
    String timestamp(Instant at);

    /** The timestamp in the provider's form, or empty when the value is not in it. */
    Optional<Instant> parseTimestamp(String value);

    /** The bytes the HMAC covers. */
    byte[] message(byte[] body, String timestamp);

    /** The HMAC key made from a secret: the secret's UTF-8 bytes, for both signing providers. */
    default byte[] key(String secret) { return secret.getBytes(StandardCharsets.UTF_8); }

    /** One line on how the provider signs, for the lab and verify's output. */
    String describe();

    /** The signature header's value: one hex HMAC-SHA256 per secret, comma-separated (Ultravox's rotation). */
    default String signatureValue(byte[] body, String timestamp, List<String> secrets) {
        StringBuilder out = new StringBuilder();
        for (String s : secrets) {
            if (!out.isEmpty()) out.append(',');
            out.append(Hmac.hex(key(s), message(body, timestamp)));
        }
        return out.toString();
    }

    /** The signatures a header value carries, as the docs tell receivers to read it. */
    default List<String> signaturesIn(String headerValue) {
        return java.util.Arrays.stream(headerValue.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
