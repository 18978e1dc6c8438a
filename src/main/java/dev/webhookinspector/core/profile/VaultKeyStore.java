package dev.webhookinspector.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.model.ApiKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keys in one encrypted file (see {@link VaultFormat}). Every change re-reads the file under its lock,
 * applies the change and writes it with a fresh salt and IV through {@link AtomicFiles}.
 * The passphrase is asked once per run and zeroed on {@link #close()}.
 */
final class VaultKeyStore implements ApiKeyStore {
    static final String FILE_NAME = "keys.vault";
    static final int MIN_PASSPHRASE_LENGTH = PassphrasePrompt.MIN_LENGTH;
    /** In a holder: the store is opened at every start, the mapper is needed only once a vault is read or written. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path file;
    private final Path lockFile;
    private final PassphrasePrompt prompt;
    private final int iterations;
    private char[] passphrase;
    private VaultFormat.Keys lastKeys;

    VaultKeyStore(Path dir, PassphrasePrompt prompt) { this(dir, prompt, VaultFormat.MIN_ITERATIONS); }

    VaultKeyStore(Path dir, PassphrasePrompt prompt, int iterations) {
        if (iterations < VaultFormat.MIN_ITERATIONS) throw new IllegalArgumentException("at least " + VaultFormat.MIN_ITERATIONS + " PBKDF2 iterations");
        this.file = dir.resolve(FILE_NAME);
        this.lockFile = dir.resolve(FILE_NAME + ".lock");
        this.prompt = prompt;
        this.iterations = iterations;
    }

    Path file() { return file; }

    @Override public KeyStoreKind kind() { return KeyStoreKind.VAULT; }

    @Override public KeyStoreStatus status() {
        String where = Files.exists(file) ? "encrypted vault " + file : "encrypted vault " + file + " (created with the first key stored in it)";
        return new KeyStoreStatus(KeyStoreKind.VAULT, true, where);
    }

    @Override public synchronized ApiKey get(String locator, String profileName) throws ProfileException {
        try (AtomicFiles.Held lock = AtomicFiles.lock(lockFile)) {
            byte[] content = read();
            if (content == null) {
                throw new ProfileException(ProfileException.Kind.KEY_MISSING, "The key of profile \"" + profileName + "\" should be in the vault " + file + ", but there is no vault file; store the key again.");
            }
            String value = entries(content).get(locator);
            if (value == null) {
                throw new ProfileException(ProfileException.Kind.KEY_MISSING, "The vault has no key for profile \"" + profileName + "\"; store the key again.");
            }
            return new ApiKey(value);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    @Override public synchronized void put(String locator, ApiKey key) throws ProfileException {
        change(locator, key);
    }

    @Override public synchronized void delete(String locator) throws ProfileException {
        change(locator, null);
    }

    @Override public synchronized void close() {
        if (passphrase != null) Arrays.fill(passphrase, '\0');
        passphrase = null;
        if (lastKeys != null) lastKeys.destroy();
        lastKeys = null;
    }

    private void change(String locator, ApiKey keyOrNull) throws ProfileException {
        try (AtomicFiles.Held lock = AtomicFiles.lock(lockFile)) {
            byte[] content = read();
            if (content == null && keyOrNull == null) return;
            Map<String, String> entries = content == null ? new LinkedHashMap<>() : entries(content);
            String previous = keyOrNull == null ? entries.remove(locator) : entries.put(locator, keyOrNull.reveal());
            if (keyOrNull == null && previous == null) return;
            boolean forgetsAKey = previous != null && (keyOrNull == null || !previous.equals(keyOrNull.reveal()));
            char[] pass = passphrase(content == null);
            VaultFormat.Keys fresh = VaultFormat.derive(pass, VaultFormat.newSalt(), iterations);
            byte[] plaintext = plaintext(entries);
            try {
                byte[] sealed = VaultFormat.seal(plaintext, fresh);
                if (forgetsAKey) {
                    // The backup would still hold the removed or replaced key: it gets the new contents first, so
                    // a crash in between leaves the key in the vault (the delete did not happen), never only in the backup.
                    AtomicFiles.replace(AtomicFiles.backupOf(file), sealed, false);
                    AtomicFiles.replace(file, sealed, false);
                } else {
                    AtomicFiles.replace(file, sealed, true);
                }
            } finally {
                Arrays.fill(plaintext, (byte) 0);
            }
            remember(fresh);
        } catch (IOException e) {
            throw ioFailure(e);
        }
    }

    private byte[] read() throws IOException {
        try {
            return BoundedFiles.read(file, "The vault");
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private Map<String, String> entries(byte[] content) throws ProfileException {
        byte[] plaintext = null;
        try {
            VaultFormat.Header header = VaultFormat.header(content);
            VaultFormat.Keys keys = lastKeys != null && lastKeys.matches(header.salt(), header.iterations())
                    ? lastKeys
                    : VaultFormat.derive(passphrase(false), header.salt(), header.iterations());
            try {
                plaintext = VaultFormat.open(content, keys);
            } catch (VaultFormat.OpenException e) {
                if (keys != lastKeys) keys.destroy();
                throw e;
            }
            remember(keys);
            return parse(plaintext);
        } catch (VaultFormat.OpenException e) {
            if (e.problem == VaultFormat.Problem.WRONG_PASSPHRASE) {
                forgetPassphrase();
                throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, "The passphrase does not open the vault " + file
                        + "; check it (and " + PassphrasePrompt.VARIABLE + " if you set it) and try again.");
            }
            String backup = Files.exists(AtomicFiles.backupOf(file)) ? " The previous version is in " + AtomicFiles.backupOf(file) + "." : "";
            throw new ProfileException(ProfileException.Kind.VAULT, "The vault " + file + " cannot be opened: " + e.getMessage()
                    + ". It was left untouched." + backup);
        } finally {
            if (plaintext != null) Arrays.fill(plaintext, (byte) 0);
        }
    }

    private char[] passphrase(boolean creating) throws ProfileException {
        if (passphrase != null) return passphrase;
        char[] answer = prompt.passphrase(file, creating);
        // Only a new passphrase is judged: a vault an earlier version created with any passphrase must still open.
        if (creating && PassphrasePrompt.isBlank(answer)) {
            int length = answer.length;
            Arrays.fill(answer, '\0');
            throw new ProfileException(ProfileException.Kind.INVALID, "The new vault passphrase is " + (length == 0 ? "empty" : "only spaces")
                    + "; choose one of at least " + MIN_PASSPHRASE_LENGTH + " characters that are not all spaces.");
        }
        if (creating && answer.length < MIN_PASSPHRASE_LENGTH) {
            int length = answer.length;
            Arrays.fill(answer, '\0');
            throw new ProfileException(ProfileException.Kind.INVALID, "The new vault passphrase is too short (" + length
                    + " characters); use at least " + MIN_PASSPHRASE_LENGTH + ".");
        }
        passphrase = answer;
        return passphrase;
    }

    private void forgetPassphrase() {
        if (passphrase != null) Arrays.fill(passphrase, '\0');
        passphrase = null;
    }

    private void remember(VaultFormat.Keys keys) {
        if (lastKeys != null && lastKeys != keys) lastKeys.destroy();
        lastKeys = keys;
    }

    private Map<String, String> parse(byte[] plaintext) throws VaultFormat.OpenException {
        try {
            JsonNode entries = Json.MAPPER.readTree(plaintext).path("entries");
            Map<String, String> result = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : entries.properties()) result.put(e.getKey(), e.getValue().asText());
            return result;
        } catch (IOException e) {
            throw new VaultFormat.OpenException(VaultFormat.Problem.DAMAGED, "its decrypted contents are not the expected JSON");
        }
    }

    private static byte[] plaintext(Map<String, String> entries) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode map = root.putObject("entries");
        entries.forEach(map::put);
        return Json.MAPPER.writeValueAsBytes(root);
    }

    private ProfileException ioFailure(IOException e) {
        if (e instanceof BoundedFiles.Refused) return new ProfileException(ProfileException.Kind.VAULT, e.getMessage() + " It was left as it is.");
        return new ProfileException("Could not use the vault " + file + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + ".", null);
    }
}
