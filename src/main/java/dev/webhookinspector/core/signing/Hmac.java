package dev.webhookinspector.core.signing;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 in lower-case hex, and a constant-time comparison, as receivers are told to use. */
public final class Hmac {
    private Hmac() {}

    public static String hex(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // An empty secret is not a valid HMAC key for the JDK; no provider issues one, so it matches nothing.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }

    /** Case-insensitive hex, compared without an early exit. */
    public static boolean sameHex(String a, String b) {
        return MessageDigest.isEqual(a.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
