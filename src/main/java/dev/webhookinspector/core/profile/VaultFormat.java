package dev.webhookinspector.core.profile;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The vault file's bytes: a header (magic, version, KDF, iterations, salt, passphrase check) that is
 * authenticated as GCM associated data, then a 12-byte IV and the AES-256-GCM ciphertext with its tag.
 * The check value (an HMAC under the derived key) tells a wrong passphrase apart from a damaged file.
 */
final class VaultFormat {
    static final int MIN_ITERATIONS = 600_000;
    /**
     * The header is read before anything is authenticated, so a file could claim any count and stall the
     * app for minutes before "wrong passphrase"; we never write more than ten times our own count.
     */
    static final int MAX_ITERATIONS = 10 * MIN_ITERATIONS;
    private static final byte[] MAGIC = "WHIVAULT".getBytes(StandardCharsets.US_ASCII);
    private static final byte VERSION = 1;
    private static final byte KDF_PBKDF2_HMAC_SHA256 = 1;
    private static final int SALT_LENGTH = 16;
    private static final int CHECK_LENGTH = 32;
    static final int HEADER_LENGTH = MAGIC.length + 1 + 1 + 4 + SALT_LENGTH + CHECK_LENGTH;
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VaultFormat() {}

    /** Why a file could not be opened. */
    enum Problem { NOT_A_VAULT, TOO_NEW, TRUNCATED, WRONG_PASSPHRASE, DAMAGED }

    static final class OpenException extends Exception {
        final Problem problem;

        OpenException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }
    }

    /** Keys derived from a passphrase for one salt; zero them with {@link #destroy()}. */
    static final class Keys {
        final byte[] salt;
        final int iterations;
        private final byte[] encryption;
        private final byte[] check;

        private Keys(byte[] salt, int iterations, byte[] encryption, byte[] check) {
            this.salt = salt;
            this.iterations = iterations;
            this.encryption = encryption;
            this.check = check;
        }

        boolean matches(byte[] salt, int iterations) { return iterations == this.iterations && Arrays.equals(salt, this.salt); }

        void destroy() {
            Arrays.fill(encryption, (byte) 0);
            Arrays.fill(check, (byte) 0);
        }
    }

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return salt;
    }

    /** The slow step (PBKDF2); the two working keys are separated from its output by HMAC. */
    static Keys derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] master = null;
        try {
            master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new Keys(salt.clone(), iterations, hmac(master, "webhook-inspector vault encryption"), hmac(master, "webhook-inspector vault check"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
            if (master != null) Arrays.fill(master, (byte) 0);
        }
    }

    static byte[] seal(byte[] plaintext, Keys keys) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH);
        header.put(MAGIC).put(VERSION).put(KDF_PBKDF2_HMAC_SHA256).putInt(keys.iterations).put(keys.salt).put(keys.check);
        byte[] iv = new byte[IV_LENGTH];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys, iv);
            cipher.updateAAD(header.array());
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER_LENGTH + IV_LENGTH + sealed.length).put(header.array()).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is part of every JDK", e);
        }
    }

    /** Salt and iterations from a header, so the caller can reuse keys it already derived. */
    record Header(byte[] salt, int iterations) {}

    static Header header(byte[] file) throws OpenException {
        if (file.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new OpenException(Problem.NOT_A_VAULT, "it is not a Webhook Inspector vault (its first bytes are wrong)");
        }
        if (file.length < HEADER_LENGTH + IV_LENGTH + TAG_BITS / 8) {
            throw new OpenException(Problem.TRUNCATED, "it is truncated (" + file.length + " bytes, shorter than any vault)");
        }
        ByteBuffer b = ByteBuffer.wrap(file, MAGIC.length, HEADER_LENGTH - MAGIC.length);
        byte version = b.get();
        byte kdf = b.get();
        if (version != VERSION || kdf != KDF_PBKDF2_HMAC_SHA256) {
            throw new OpenException(Problem.TOO_NEW, "it uses vault format " + version + "/" + kdf + ", which this version of the app cannot read");
        }
        int iterations = b.getInt();
        if (iterations > MAX_ITERATIONS || iterations < 0) {
            throw new OpenException(Problem.DAMAGED, String.format(java.util.Locale.ROOT,
                    "its header claims %,d PBKDF2 iterations, more than this app ever uses (at most %,d), so it is damaged or was made"
                            + " to stall the app; no passphrase was tried", Integer.toUnsignedLong(iterations), MAX_ITERATIONS));
        }
        if (iterations < MIN_ITERATIONS) {
            throw new OpenException(Problem.DAMAGED, "its header is damaged (iteration count " + iterations + ")");
        }
        byte[] salt = new byte[SALT_LENGTH];
        b.get(salt);
        return new Header(salt, iterations);
    }

    /** Decrypts; the caller zeroes the returned plaintext. */
    static byte[] open(byte[] file, Keys keys) throws OpenException {
        byte[] storedCheck = Arrays.copyOfRange(file, HEADER_LENGTH - CHECK_LENGTH, HEADER_LENGTH);
        if (!MessageDigest.isEqual(storedCheck, keys.check)) {
            throw new OpenException(Problem.WRONG_PASSPHRASE, "the passphrase is wrong");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keys, Arrays.copyOfRange(file, HEADER_LENGTH, HEADER_LENGTH + IV_LENGTH));
            cipher.updateAAD(file, 0, HEADER_LENGTH);
            return cipher.doFinal(file, HEADER_LENGTH + IV_LENGTH, file.length - HEADER_LENGTH - IV_LENGTH);
        } catch (AEADBadTagException e) {
            throw new OpenException(Problem.DAMAGED, "it is damaged, truncated or was changed outside the app (its contents fail authentication)");
        } catch (GeneralSecurityException e) {
            throw new OpenException(Problem.DAMAGED, "it could not be decrypted (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Cipher cipher(int mode, Keys keys, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.encryption, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }

    private static byte[] hmac(byte[] key, String purpose) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
    }
}
