package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.model.ProviderId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProfileServiceTest {
    static final String PASSPHRASE = "correct horse battery";
    private static final ApiKey KEY = new ApiKey("v0_key_1234567890abcdef");

    @TempDir Path dir;
    private FileProfileService service;

    @BeforeEach
    void open() { service = open(dir); }

    @AfterEach
    void close() { service.close(); }

    static FileProfileService open(Path dir) {
        return new FileProfileService(dir, Map.of("V0_KEY", "v0_from_env_abcdefgh"), (v, creating) -> PASSPHRASE.toCharArray(), "webhook-inspector-test");
    }

    static Profile envProfile(String name) {
        return new Profile(name, new ProviderId("v0"), null, Map.of(), "", KeyRef.env("V0_KEY"));
    }

    private Path file() { return dir.resolve("profiles.json"); }

    @Test
    void anAddedProfileIsListedFoundIgnoringCaseAndSurvivesARestart() throws Exception {
        service.add(new Profile("Prod", ProviderId.parse("V0"), URI.create("https://api.v0.dev"), Map.of(), "main account", KeyRef.env("V0_KEY")), Optional.empty());
        service.close();
        service = open(dir);
        Profile p = service.require("PROD");
        assertEquals("Prod", p.name());
        assertEquals("v0", p.provider().toString());
        assertEquals(URI.create("https://api.v0.dev"), p.baseUrl());
        assertEquals("main account", p.note());
        assertEquals("env:V0_KEY", p.keyRef().describe());
        assertEquals(List.of("Prod"), service.list().stream().map(Profile::name).toList());
    }

    @Test
    void theProfilesFileIsReadableJsonWithASchemaVersionAndNoKey() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        String text = Files.readString(file());
        JsonNode root = new ObjectMapper().readTree(text);
        assertEquals(2, root.get("schemaVersion").asInt());
        assertEquals("prod", root.get("profiles").get(0).get("name").asText());
        assertEquals("vault", root.get("profiles").get(0).get("keyStore").asText());
        JsonNode bound = root.get("profiles").get(0).get("keyBoundTo");
        assertEquals("v0", bound.get("provider").asText(), "the key is bound to where it was stored for");
        assertEquals("https://api.v0.dev:443", bound.get("origin").asText());
        assertTrue(text.contains("\n  "), "indented for people");
        assertFalse(text.contains(KEY.reveal()));
    }

    @Test
    void aKeyInTheVaultRoundTripsThroughTheService() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        service.close();
        service = open(dir);
        assertEquals(KEY, service.key(service.require("prod")));
        Connection c = service.connect(service.require("prod"), Duration.ofSeconds(5));
        assertEquals(KEY, c.key());
        assertEquals("v0", c.provider().id().toString());
        assertEquals(Duration.ofSeconds(5), c.timeout());
    }

    @Test
    void anEnvReferenceReadsTheVariableAtUseTimeAndSaysWhichOneIsMissing() throws Exception {
        service.add(envProfile("prod"), Optional.empty());
        assertEquals("v0_from_env_abcdefgh", service.key(service.require("prod")).reveal());
        service.add(new Profile("other", new ProviderId("v0"), null, Map.of(), "", KeyRef.env("NOT_SET_ANYWHERE")), Optional.empty());
        ProfileException e = assertThrows(ProfileException.class, () -> service.key(service.require("other")));
        assertTrue(e.getMessage().contains("NOT_SET_ANYWHERE, which is not set"), e.getMessage());
    }

    @Test
    void aSecondProfileWithTheSameNameInAnotherCaseIsRefused() throws Exception {
        service.add(envProfile("prod"), Optional.empty());
        ProfileException e = assertThrows(ProfileException.class, () -> service.add(envProfile("PROD"), Optional.empty()));
        assertEquals(ProfileException.Kind.INVALID, e.kind());
        assertEquals(1, service.list().size());
    }

    @Test
    void aRefusedAddLeavesNoKeyBehindInTheVault() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        assertThrows(ProfileException.class, () -> service.add(new Profile("Prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(new ApiKey("another_key_123456789"))));
        try (VaultKeyStore v = new VaultKeyStore(dir, (f, c) -> PASSPHRASE.toCharArray())) {
            assertEquals(KEY, v.get(service.require("prod").keyRef().locator(), "prod"));
        }
    }

    @Test
    void renameKeepsTheKeyAndAllowsChangingOnlyTheCase() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        service.add(envProfile("staging"), Optional.empty());
        service.rename("prod", "Production");
        assertEquals(KEY, service.key(service.require("production")));
        service.rename("production", "PRODUCTION");
        assertEquals("PRODUCTION", service.require("production").name());
        assertEquals(ProfileException.Kind.INVALID, assertThrows(ProfileException.class, () -> service.rename("PRODUCTION", "Staging")).kind());
        assertEquals(ProfileException.Kind.NOT_FOUND, assertThrows(ProfileException.class, () -> service.rename("nope", "x")).kind());
        assertEquals(ProfileException.Kind.INVALID, assertThrows(ProfileException.class, () -> service.rename("PRODUCTION", "")).kind());
    }

    @Test
    void updateChangesSettingsAndANewKeyReplacesTheOldOne() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        String locator = service.require("prod").keyRef().locator();
        ApiKey newer = new ApiKey("v0_rotated_key_abcdef0123");
        service.update("prod", new Profile("prod", new ProviderId("v0"), URI.create("http://127.0.0.1:9999"), Map.of(), "rotated", KeyRef.vault()), Optional.of(newer));
        Profile p = service.require("prod");
        assertEquals(URI.create("http://127.0.0.1:9999"), p.baseUrl());
        assertEquals("rotated", p.note());
        assertEquals(locator, p.keyRef().locator());
        assertEquals(newer, service.key(p));
    }

    @Test
    void updateCanRenameButNotOntoAnotherProfilesName() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        service.add(envProfile("staging"), Optional.empty());
        service.update("prod", new Profile("production", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.empty());
        assertEquals(KEY, service.key(service.require("production")));
        assertTrue(service.find("prod").isEmpty());
        ProfileException clash = assertThrows(ProfileException.class,
                () -> service.update("production", new Profile("STAGING", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.empty()));
        assertEquals(ProfileException.Kind.INVALID, clash.kind());
        assertEquals(KEY, service.key(service.require("production")), "a refused update leaves the key alone");
    }

    @Test
    void movingAProfileToAnEnvVariableDeletesItsStoredKey() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        String locator = service.require("prod").keyRef().locator();
        service.update("prod", envProfile("prod"), Optional.empty());
        assertEquals("env:V0_KEY", service.require("prod").keyRef().describe());
        try (VaultKeyStore v = new VaultKeyStore(dir, (f, c) -> PASSPHRASE.toCharArray())) {
            assertThrows(ProfileException.class, () -> v.get(locator, "prod"));
        }
    }

    @Test
    void movingFromAnEnvVariableToTheVaultNeedsTheKey() throws Exception {
        service.add(envProfile("prod"), Optional.empty());
        Profile toVault = new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault());
        ProfileException e = assertThrows(ProfileException.class, () -> service.update("prod", toVault, Optional.empty()));
        assertTrue(e.getMessage().contains("needs the key itself"), e.getMessage());
        service.update("prod", toVault, Optional.of(KEY));
        assertEquals(KEY, service.key(service.require("prod")));
    }

    @Test
    void removeDeletesTheProfileAndItsKey() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        String locator = service.require("prod").keyRef().locator();
        service.remove("PROD");
        assertTrue(service.list().isEmpty());
        try (VaultKeyStore v = new VaultKeyStore(dir, (f, c) -> PASSPHRASE.toCharArray())) {
            assertThrows(ProfileException.class, () -> v.get(locator, "prod"));
        }
        assertEquals(ProfileException.Kind.NOT_FOUND, assertThrows(ProfileException.class, () -> service.remove("prod")).kind());
        assertTrue(service.warnings().isEmpty(), service.warnings().toString());
    }

    @Test
    void aRemovedProfilesKeyCannotBeRecoveredFromTheVaultsBackup() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        String removedLocator = service.require("prod").keyRef().locator();
        ApiKey kept = new ApiKey("v0_key_of_staging_0987654321");
        service.add(new Profile("staging", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(kept));
        service.remove("prod");

        Path restored = Files.createDirectories(dir.resolve("restored"));
        Files.copy(dir.resolve("keys.vault.bak"), restored.resolve("keys.vault"));
        try (VaultKeyStore backup = new VaultKeyStore(restored, (f, c) -> PASSPHRASE.toCharArray())) {
            assertEquals(kept, backup.get(service.require("staging").keyRef().locator(), "staging"));
            assertEquals(ProfileException.Kind.KEY_MISSING, assertThrows(ProfileException.class, () -> backup.get(removedLocator, "prod")).kind());
        }
    }

    @Test
    void everySaveKeepsThePreviousVersionAsABackup() throws Exception {
        service.add(envProfile("one"), Optional.empty());
        String first = Files.readString(file());
        service.add(envProfile("two"), Optional.empty());
        assertEquals(first, Files.readString(dir.resolve("profiles.json.bak")));
    }

    @Test
    void filesAreOwnerOnlyWhereTheOsHasPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions on this file system");
        Path fresh = dir.resolve("new-config-dir");
        try (FileProfileService s = open(fresh)) {
            s.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
            s.add(envProfile("two"), Optional.empty());
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        for (String name : List.of("profiles.json", "profiles.json.bak", "keys.vault", "keys.vault.lock", "profiles.json.lock")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh.resolve(name))), name);
        }
    }

    @Test
    void aCorruptFileIsSetAsideTheUserIsToldAndTheBackupIsRestored() throws Exception {
        service.add(envProfile("one"), Optional.empty());
        service.add(envProfile("two"), Optional.empty());
        Files.writeString(file(), "{\"schemaVersion\": 1, \"profiles\": [ {\"name\": \"one\", ");
        service.close();
        service = open(dir);
        assertEquals(List.of("one"), service.list().stream().map(Profile::name).toList());
        assertEquals(1, service.warnings().size());
        String warning = service.warnings().get(0);
        assertTrue(warning.contains("could not be read (it is not valid JSON at line 1"), warning);
        assertTrue(warning.contains("restored from") && warning.contains("(1 profile)"), warning);
        try (Stream<Path> files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("profiles.json.corrupt-")).findFirst().orElseThrow();
            assertTrue(warning.contains(aside.toString()), warning);
            assertTrue(Files.readString(aside).startsWith("{\"schemaVersion\": 1, \"profiles\": [ {\"name\": \"one\", "));
        }
    }

    @Test
    void aCorruptFileWithoutABackupStartsEmptyAndKeepsTheOldContentAside() throws Exception {
        Files.writeString(file(), "this is not json");
        assertTrue(service.list().isEmpty());
        assertTrue(service.warnings().get(0).contains("There is no backup"), service.warnings().get(0));
        service.add(envProfile("fresh"), Optional.empty());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("profiles.json.corrupt-")).count());
        }
    }

    @Test
    void anEmptyFileCountsAsCorrupt() throws Exception {
        Files.write(file(), new byte[0]);
        assertTrue(service.list().isEmpty());
        assertTrue(service.warnings().get(0).contains("the file is empty"), service.warnings().get(0));
    }

    @Test
    void anOversizedProfilesFileOrVaultIsRefusedUnreadAndLeftAsItIs() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        Profile prod = service.require("prod");
        long oversized = BoundedFiles.MAX_SIZE + 1024 * 1024;
        try (RandomAccessFile vault = new RandomAccessFile(dir.resolve("keys.vault").toFile(), "rw")) {
            vault.setLength(oversized);
        }
        ProfileException v = assertThrows(ProfileException.class, () -> service.key(prod));
        assertEquals(ProfileException.Kind.VAULT, v.kind());
        assertEquals("The vault " + dir.resolve("keys.vault") + " is 17 MiB; files above 16 MiB are not read, as no profile or vault file is that"
                + " large. It was left as it is.", v.getMessage());

        try (RandomAccessFile profiles = new RandomAccessFile(file().toFile(), "rw")) {
            profiles.setLength(oversized);
        }
        ProfileException p = assertThrows(ProfileException.class, () -> service.list());
        assertEquals(ProfileException.Kind.FAILED, p.kind());
        assertTrue(p.getMessage().startsWith("The profiles file " + file() + " is 17 MiB; files above 16 MiB are not read"), p.getMessage());
        assertEquals(oversized, Files.size(file()), "not set aside, not replaced");
        assertThrows(ProfileException.class, () -> service.add(envProfile("x"), Optional.empty()));
        assertEquals(oversized, Files.size(file()));
    }

    @Test
    void aHugeProfilesBackupIsNotReadWhenTheFileItBacksUpIsCorrupt() throws Exception {
        Files.writeString(file(), "not json");
        try (RandomAccessFile backup = new RandomAccessFile(dir.resolve("profiles.json.bak").toFile(), "rw")) {
            backup.setLength(3L * 1024 * 1024 * 1024);
        }
        assertTrue(service.list().isEmpty());
        String warning = service.warnings().getFirst();
        assertTrue(warning.contains("The backup " + dir.resolve("profiles.json.bak") + " is 3 GiB; files above 16 MiB are not read"), warning);
        assertTrue(warning.contains("you start with no profiles"), warning);
    }

    @Test
    void aFileFromANewerVersionIsLeftUntouched() throws Exception {
        String newer = "{\"schemaVersion\": 99, \"profiles\": []}";
        Files.writeString(file(), newer);
        ProfileException e = assertThrows(ProfileException.class, () -> service.add(envProfile("x"), Optional.empty()));
        assertTrue(e.getMessage().contains("newer Webhook Inspector (schema 99"), e.getMessage());
        assertEquals(newer, Files.readString(file()));
    }

    @Test
    void exportHasNoKeysAndImportRefusesConflictsUnlessToldWhatToDo() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), URI.create("https://api.v0.dev"), Map.of(), "note", KeyRef.vault()), Optional.of(KEY));
        service.add(envProfile("ci"), Optional.empty());
        Path export = dir.resolve("out/profiles-export.json");
        service.exportProfiles(export, List.of());
        String text = Files.readString(export);
        assertFalse(text.contains(KEY.reveal()));
        assertFalse(text.contains(service.require("prod").keyRef().locator()), "entry names are machine-specific");

        List<Profile> read = service.readExport(export);
        assertEquals(List.of("prod", "ci"), read.stream().map(Profile::name).toList());
        ProfileException refused = assertThrows(ProfileException.class, () -> service.importProfiles(read, ImportPolicy.REFUSE, true));
        assertTrue(refused.getMessage().contains("already exist here: prod, ci"), refused.getMessage());
        assertEquals(2, service.list().size());

        assertEquals(List.of("prod", "ci"), service.importProfiles(read, ImportPolicy.SKIP_EXISTING, true).skipped());
        ImportResult renamed = service.importProfiles(read, ImportPolicy.RENAME, true);
        assertEquals("prod (imported)", renamed.renamed().get("prod"));
        assertEquals("prod (imported 2)", service.importProfiles(read, ImportPolicy.RENAME, true).renamed().get("prod"));
        Profile imported = service.require("prod (imported)");
        assertFalse(imported.keyRef().hasKey());
        ProfileException noKey = assertThrows(ProfileException.class, () -> service.key(imported));
        assertTrue(noKey.getMessage().contains("has no key yet"), noKey.getMessage());
        assertEquals("env:V0_KEY", service.require("ci (imported)").keyRef().describe());
    }

    @Test
    void importWithReplaceUpdatesSettingsButKeepsTheLocalKey() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "old note", KeyRef.vault()), Optional.of(KEY));
        Path export = dir.resolve("export.json");
        Files.writeString(export, """
                {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                  {"name": "PROD", "provider": "v0", "baseUrl": "https://API.v0.dev:443/gateway", "note": "new note", "keyStore": "vault"},
                  {"name": "fresh", "provider": "ultravox", "keyStore": "keyring"}]}
                """);
        ImportResult result = service.importProfiles(service.readExport(export), ImportPolicy.REPLACE, false);
        assertEquals(List.of("prod"), result.replaced());
        assertEquals(List.of("fresh"), result.added());
        assertEquals(Map.of(), result.keysDropped());
        Profile prod = service.require("prod");
        assertEquals("new note", prod.note());
        assertEquals(URI.create("https://API.v0.dev:443/gateway"), prod.baseUrl());
        assertEquals(KEY, service.key(prod), "the same origin with another path prefix keeps the key");
    }

    @Test
    void importWithReplaceThatChangesProviderOrOriginRemovesTheLocalKey() throws Exception {
        service.add(new Profile("prod", new ProviderId("ultravox"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        String locator = service.require("prod").keyRef().locator();
        Path export = dir.resolve("export.json");
        Files.writeString(export, """
                {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                  {"name": "PROD", "provider": "v0", "baseUrl": "https://attacker.example/", "keyStore": "vault"}]}
                """);
        ImportResult result = service.importProfiles(service.readExport(export), ImportPolicy.REPLACE, false);
        assertEquals(List.of("prod"), result.keysDropped().keySet().stream().toList());
        Profile prod = service.require("prod");
        assertFalse(prod.keyRef().hasKey());
        assertEquals(ProfileException.Kind.KEY_MISSING, assertThrows(ProfileException.class, () -> service.connect(prod, Duration.ofSeconds(5))).kind());
        try (VaultKeyStore v = new VaultKeyStore(dir, (f, c) -> PASSPHRASE.toCharArray())) {
            assertEquals(ProfileException.Kind.KEY_MISSING, assertThrows(ProfileException.class, () -> v.get(locator, "prod")).kind(),
                    "the key is deleted from the vault, not only forgotten");
        }
        assertTrue(service.warnings().isEmpty(), service.warnings().toString());
    }

    @Test
    void aStoredKeyIsNeverUsedForAnotherOriginThanItWasStoredFor() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), URI.create("http://127.0.0.1:8080"), Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        // As an older version or a hand edit could leave it: the settings changed, the key's binding did not.
        Files.writeString(file(), Files.readString(file()).replace("\"baseUrl\" : \"http://127.0.0.1:8080\"", "\"baseUrl\" : \"http://127.0.0.1:9090\""));
        Profile moved = service.require("prod");
        ProfileException e = assertThrows(ProfileException.class, () -> service.connect(moved, Duration.ofSeconds(5)));
        assertEquals(ProfileException.Kind.KEY_MISSING, e.kind());
        assertEquals("The key of profile \"prod\" was stored for v0 at http://127.0.0.1:8080, but the profile now names v0 at"
                + " http://127.0.0.1:9090; the key is not sent there.", e.getMessage());
        assertEquals(List.of(Remedy.KEY_FOR_NEW_ADDRESS), e.problem().remedies());
        service.update("prod", moved, Optional.of(new ApiKey("v0_key_for_9090_abcdef")));
        assertEquals("v0_key_for_9090_abcdef", service.connect(service.require("prod"), Duration.ofSeconds(5)).key().reveal());
    }

    @Test
    void aVersionOneFileIsBoundToItsProfilesCurrentOriginsAndSavedAsVersionTwo() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        String locator = service.require("prod").keyRef().locator();
        Files.writeString(file(), """
                {"schemaVersion": 1, "profiles": [
                  {"name": "prod", "provider": "v0", "options": {}, "note": "", "keyStore": "vault", "keyEntry": "%s"}]}
                """.formatted(locator));
        assertEquals(KEY, service.connect(service.require("prod"), Duration.ofSeconds(5)).key());
        JsonNode root = new ObjectMapper().readTree(Files.readString(file()));
        assertEquals(2, root.get("schemaVersion").asInt());
        assertEquals("https://api.v0.dev:443", root.get("profiles").get(0).get("keyBoundTo").get("origin").asText());

        Files.writeString(file(), Files.readString(file()).replace("\"note\" : \"\"", "\"baseUrl\" : \"https://attacker.example\", \"note\" : \"\""));
        assertEquals(URI.create("https://attacker.example"), service.require("prod").baseUrl(), "the edit took");
        assertThrows(ProfileException.class, () -> service.connect(service.require("prod"), Duration.ofSeconds(5)));
    }

    @Test
    void anImportFileThatBreaksARuleImportsNothingAndSaysWhichEntry() throws Exception {
        Path export = dir.resolve("export.json");
        Files.writeString(export, """
                {"format": "webhook-inspector-profiles", "schemaVersion": 1, "profiles": [
                  {"name": "ok", "provider": "v0", "keyStore": "keyring"},
                  {"name": "bad", "provider": "v0", "baseUrl": "http://evil.example.com", "keyStore": "keyring"}]}
                """);
        ProfileException e = assertThrows(ProfileException.class, () -> service.readExport(export));
        assertTrue(e.getMessage().contains("profile \"bad\"") && e.getMessage().contains("evil.example.com") && e.getMessage().contains("Nothing was imported"), e.getMessage());
        Files.writeString(export, "{\"schemaVersion\": 1, \"profiles\": []}");
        assertTrue(assertThrows(ProfileException.class, () -> service.readExport(export)).getMessage().contains("not a profile export"));
        assertTrue(service.list().isEmpty());
    }

    @Test
    void theOsKeyStoreBeingUnavailableIsReportedNotSilentlyReplaced() throws Exception {
        KeyStoreStatus keyring = service.storeStatus().get(0);
        assumeTrue(!keyring.available(), "an OS key store is available here; OsKeyStoreTest covers it");
        ProfileException e = assertThrows(ProfileException.class,
                () -> service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.keyring()), Optional.of(KEY)));
        assertEquals(ProfileException.Kind.STORE_UNAVAILABLE, e.kind());
        assertEquals(List.of(Remedy.UNLOCK_KEY_STORE, Remedy.USE_VAULT), e.problem().remedies(), "the vault is offered, never taken silently");
        assertTrue(service.list().isEmpty());
        assertFalse(Files.exists(dir.resolve("keys.vault")));
    }

    @Test
    void storeStatusListsAllThreeStoresAndTheVaultAndEnvAreAlwaysAvailable() {
        List<KeyStoreStatus> status = service.storeStatus();
        assertEquals(List.of(KeyStoreKind.KEYRING, KeyStoreKind.VAULT, KeyStoreKind.ENV), status.stream().map(KeyStoreStatus::kind).toList());
        assertTrue(service.availableStores().containsAll(List.of(KeyStoreKind.VAULT, KeyStoreKind.ENV)));
        assertFalse(status.get(0).detail().isBlank());
    }

    @Test
    void noKeyIsLeftInPlainTextAnywhereInTheConfigDirectory() throws Exception {
        service.add(new Profile("prod", new ProviderId("v0"), null, Map.of(), "", KeyRef.vault()), Optional.of(KEY));
        service.update("prod", new Profile("prod", new ProviderId("v0"), null, Map.of(), "x", KeyRef.vault()), Optional.of(new ApiKey("second_key_zyxwvu987654")));
        service.remove("prod");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains(KEY.reveal()) || raw.contains("second_key_zyxwvu987654") || raw.contains(PASSPHRASE), p.toString());
            }
        }
    }
}
