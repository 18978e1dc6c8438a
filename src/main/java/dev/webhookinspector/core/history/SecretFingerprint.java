package dev.webhookinspector.core.history;

import dev.webhookinspector.core.model.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the history keeps of a signing secret: enough to tell "rotated", nothing to sign with. The first 8 hex digits
 * of its SHA-256, plus its masked form (a known prefix and at most the last 4 characters, as every screen shows it).
 */
public record SecretFingerprint(String label, String hash, String masked) {
    public static SecretFingerprint of(Secret secret) {
        return new SecretFingerprint(secret.label() == null ? "" : secret.label(), hash(secret.reveal()), secret.masked());
    }

    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** "whsec_********Gs0Y (3fa91c2e)": the masked value and which one it is. */
    public String shown() {
        return masked + " (" + hash + ")";
    }
}
