package dev.webhookinspector.core.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.model.ApiKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultKeyStoreTest {
    private static final ApiKey KEY = new ApiKey("uvx12345.abcdefghijklmnopqrstuvwxyz012345");
    private static final ApiKey OTHER = new ApiKey("sk_live_other_key_0987654321");

    @TempDir Path dir;

    /** Counts how often the user would be asked. */
    static final class CountingPrompt implements PassphrasePrompt {
        final AtomicInteger asked = new AtomicInteger();
        final String passphrase;

        CountingPrompt(String passphrase) { this.passphrase = passphrase; }

        @Override public char[] passphrase(Path vault, boolean creating) {
            asked.incrementAndGet();
            return passphrase.toCharArray();
        }
    }

    private VaultKeyStore vault(PassphrasePrompt prompt) { return new VaultKeyStore(dir, prompt); }

    private void storeOneKey() throws ProfileException {
        try (VaultKeyStore v = vault(new CountingPrompt("correct horse battery"))) {
            v.put("entry-1", KEY);
        }
    }

    private String openWith(String passphrase) {
        try (VaultKeyStore v = vault(new CountingPrompt(passphrase))) {
            ProfileException e = assertThrows(ProfileException.class, () -> v.get("entry-1", "prod"));
            // A tampered header fails its authentication exactly as a wrong passphrase does: both ask for it again.
            assertEquals(e.getMessage().contains("does not open") ? ProfileException.Kind.WRONG_PASSPHRASE : ProfileException.Kind.VAULT,
                    e.kind());
            return e.getMessage();
        }
    }

    @Test
    void aKeyPutInTheVaultComesBackInALaterRunAndIsNotInTheFileInPlainText() throws Exception {
        try (VaultKeyStore v = vault(new CountingPrompt("correct horse battery"))) {
            v.put("entry-1", KEY);
            v.put("entry-2", OTHER);
        }
        try (VaultKeyStore v = vault(new CountingPrompt("correct horse battery"))) {
            assertEquals(KEY, v.get("entry-1", "prod"));
            assertEquals(OTHER, v.get("entry-2", "staging"));
            v.delete("entry-2");
            ProfileException gone = assertThrows(ProfileException.class, () -> v.get("entry-2", "staging"));
            assertTrue(gone.getMessage().contains("no key for profile \"staging\""), gone.getMessage());
        }
        byte[] file = Files.readAllBytes(dir.resolve(VaultKeyStore.FILE_NAME));
        String raw = new String(file, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(KEY.reveal()));
        assertFalse(raw.contains("uvx12345"));
        assertFalse(raw.contains("correct horse"));
    }

    @Test
    void thePassphraseIsAskedOncePerRunNotForEveryKey() throws Exception {
        storeOneKey();
        CountingPrompt prompt = new CountingPrompt("correct horse battery");
        try (VaultKeyStore v = vault(prompt)) {
            v.get("entry-1", "prod");
            v.put("entry-2", OTHER);
            v.get("entry-2", "staging");
            v.delete("entry-2");
        }
        assertEquals(1, prompt.asked.get());
    }

    @Test
    void aWrongPassphraseIsAClearErrorNotGarbage() throws Exception {
        storeOneKey();
        String message = openWith("not the passphrase");
        assertTrue(message.startsWith("The passphrase does not open the vault"), message);
        assertTrue(message.contains("WEBHOOK_INSPECTOR_VAULT_PASSPHRASE"), message);
    }

    @Test
    void aWrongPassphraseIsForgottenSoTheUserCanTryAgainInTheSameRun() throws Exception {
        storeOneKey();
        String[] answers = {"wrong guess!", "correct horse battery"};
        AtomicInteger call = new AtomicInteger();
        try (VaultKeyStore v = vault((vault, creating) -> answers[call.getAndIncrement()].toCharArray())) {
            assertThrows(ProfileException.class, () -> v.get("entry-1", "prod"));
            assertEquals(KEY, v.get("entry-1", "prod"));
        }
    }

    @Test
    void aTamperedCiphertextIsReportedAsDamagedAndTheFileIsLeftAlone() throws Exception {
        storeOneKey();
        Path file = dir.resolve(VaultKeyStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x01;
        Files.write(file, bytes);
        String message = openWith("correct horse battery");
        assertTrue(message.contains("damaged") && message.contains("fail authentication"), message);
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void aTamperedHeaderFailsEvenWhenTheCiphertextIsIntact() throws Exception {
        storeOneKey();
        Path file = dir.resolve(VaultKeyStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[20] ^= 0x01; // inside the salt: the derived keys change
        Files.write(file, bytes);
        assertTrue(openWith("correct horse battery").contains("does not open"));
    }

    @Test
    void aTamperedIvIsReportedAsDamaged() throws Exception {
        storeOneKey();
        Path file = dir.resolve(VaultKeyStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[VaultFormat.HEADER_LENGTH] ^= 0x01;
        Files.write(file, bytes);
        assertTrue(openWith("correct horse battery").contains("damaged"));
    }

    @Test
    void aTruncatedVaultIsAClearError() throws Exception {
        storeOneKey();
        Path file = dir.resolve(VaultKeyStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
        assertTrue(openWith("correct horse battery").contains("damaged, truncated"));
        Files.write(file, Arrays.copyOf(bytes, 30));
        String shortMessage = openWith("correct horse battery");
        assertTrue(shortMessage.contains("truncated (30 bytes"), shortMessage);
        Files.write(file, new byte[0]);
        assertTrue(openWith("correct horse battery").contains("not a Webhook Inspector vault"));
    }

    @Test
    void aDamagedVaultIsNeverOverwrittenByTheNextSave() throws Exception {
        storeOneKey();
        Path file = dir.resolve(VaultKeyStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 0x40;
        Files.write(file, bytes);
        try (VaultKeyStore v = vault(new CountingPrompt("correct horse battery"))) {
            assertThrows(ProfileException.class, () -> v.put("entry-3", OTHER));
        }
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void everyWriteUsesAFreshSaltAndIvAndAtLeast600000Iterations() throws Exception {
        try (VaultKeyStore v = vault(new CountingPrompt("correct horse battery"))) {
            v.put("entry-1", KEY);
            byte[] first = Files.readAllBytes(dir.resolve(VaultKeyStore.FILE_NAME));
            v.put("entry-1", KEY);
            byte[] second = Files.readAllBytes(dir.resolve(VaultKeyStore.FILE_NAME));
            VaultFormat.Header h1 = VaultFormat.header(first);
            VaultFormat.Header h2 = VaultFormat.header(second);
            assertFalse(Arrays.equals(h1.salt(), h2.salt()));
            int iv = VaultFormat.HEADER_LENGTH;
            assertFalse(Arrays.equals(Arrays.copyOfRange(first, iv, iv + 12), Arrays.copyOfRange(second, iv, iv + 12)));
            assertTrue(h2.iterations() >= 600_000);
            assertEquals(600_000, ByteBuffer.wrap(second, 10, 4).getInt());
        }
    }

    @Test
    void aNewVaultNeedsAPassphraseOfAtLeastEightCharacters() {
        try (VaultKeyStore v = vault(new CountingPrompt("short"))) {
            ProfileException e = assertThrows(ProfileException.class, () -> v.put("entry-1", KEY));
            assertTrue(e.getMessage().contains("too short (5 characters); use at least 8"), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve(VaultKeyStore.FILE_NAME)));
    }

    @Test
    void aNewVaultRefusesAPassphraseOfOnlySpaces() {
        for (String blank : new String[] {"        ", "\t \t \t \t ", "\u00a0".repeat(10)}) {
            try (VaultKeyStore v = vault(new CountingPrompt(blank))) {
                ProfileException e = assertThrows(ProfileException.class, () -> v.put("entry-1", KEY));
                assertEquals(ProfileException.Kind.INVALID, e.kind());
                assertTrue(e.getMessage().contains("is only spaces; choose one of at least 8 characters that are not all spaces"), e.getMessage());
            }
            assertFalse(Files.exists(dir.resolve(VaultKeyStore.FILE_NAME)));
        }
    }

    @Test
    void aVaultThatClaimsFiftyMillionIterationsIsRefusedBeforeAnyPassphraseIsTried() throws Exception {
        storeOneKey();
        Path file = dir.resolve(VaultKeyStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes, 10, 4).putInt(50_000_000);
        Files.write(file, bytes);
        CountingPrompt prompt = new CountingPrompt("correct horse battery");
        try (VaultKeyStore v = vault(prompt)) {
            ProfileException e = assertThrows(ProfileException.class, () -> v.get("entry-1", "prod"));
            assertEquals(ProfileException.Kind.VAULT, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("claims 50,000,000 PBKDF2 iterations, more than this app ever uses (at most 6,000,000)"), e.getMessage());
            assertTrue(e.getMessage().contains("damaged or was made to stall the app"), e.getMessage());
        }
        assertEquals(0, prompt.asked.get(), "the user is not asked for a passphrase that could not be checked anyway");
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void withoutATerminalOrTheVariableTheMessageSaysWhatToSet() {
        // Tests run without a terminal, so the console prompt cannot ask.
        try (VaultKeyStore v = vault(PassphrasePrompt.fromEnvironmentOrConsole(java.util.Map.of()))) {
            ProfileException e = assertThrows(ProfileException.class, () -> v.put("entry-1", KEY));
            assertEquals(ProfileException.Kind.WRONG_PASSPHRASE, e.kind());
            assertTrue(e.getMessage().contains("set WEBHOOK_INSPECTOR_VAULT_PASSPHRASE"), e.getMessage());
        }
    }

    @Test
    void thePassphraseVariableUnlocksTheVault() throws Exception {
        storeOneKey();
        try (VaultKeyStore v = vault(PassphrasePrompt.fromEnvironmentOrConsole(java.util.Map.of("WEBHOOK_INSPECTOR_VAULT_PASSPHRASE", "correct horse battery")))) {
            assertEquals(KEY, v.get("entry-1", "prod"));
        }
    }

    @Test
    void aDeletedOrReplacedKeyIsGoneFromTheBackupToo() throws Exception {
        ApiKey rotated = new ApiKey("sk_live_rotated_key_1122334455");
        try (VaultKeyStore v = vault(new CountingPrompt("correct horse battery"))) {
            v.put("entry-1", KEY);
            v.put("entry-2", OTHER);
            v.delete("entry-1");
            assertEquals(OTHER, backupEntry("entry-2"));
            ProfileException gone = assertThrows(ProfileException.class, () -> backupEntry("entry-1"));
            assertEquals(ProfileException.Kind.KEY_MISSING, gone.kind(), gone.getMessage());
            v.put("entry-2", rotated);
            assertEquals(rotated, backupEntry("entry-2"), "a rotated key replaces the old one in the backup as well");
        }
    }

    /** Decrypts the vault's backup as if it had been restored, the way anyone holding the passphrase could. */
    private ApiKey backupEntry(String locator) throws Exception {
        Path restored = Files.createDirectories(dir.resolve("restored-" + System.nanoTime()));
        Files.copy(dir.resolve(VaultKeyStore.FILE_NAME + ".bak"), restored.resolve(VaultKeyStore.FILE_NAME));
        try (VaultKeyStore v = new VaultKeyStore(restored, new CountingPrompt("correct horse battery"))) {
            return v.get(locator, "prod");
        }
    }

    @Test
    void thePreviousVaultIsKeptAsABackup() throws Exception {
        storeOneKey();
        byte[] first = Files.readAllBytes(dir.resolve(VaultKeyStore.FILE_NAME));
        try (VaultKeyStore v = vault(new CountingPrompt("correct horse battery"))) {
            v.put("entry-2", OTHER);
        }
        assertArrayEquals(first, Files.readAllBytes(dir.resolve(VaultKeyStore.FILE_NAME + ".bak")));
    }
}
