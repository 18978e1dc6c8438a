package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ProviderId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.webhookinspector.core.model.ApiKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OS key store for real. Needs a Secret Service, Keychain or Credential Manager; on Linux CI run
 * under dbus-run-session with gnome-keyring-daemon unlocked. Skipped, with the reason, when there is none.
 */
class OsKeyStoreTest {
    private static final ApiKey KEY = new ApiKey("abcd1234.0123456789abcdefghijklmnopqrstuv");
    /** Our own service name, so a developer's real keys are never touched. */
    private final String service = "webhook-inspector-test-" + UUID.randomUUID();
    private OsKeyStore store;

    @TempDir Path dir;

    @BeforeEach
    void open() { store = new OsKeyStore(service); }

    @AfterEach
    void close() { store.close(); }

    private void requireKeyStore() {
        KeyStoreStatus status = store.status();
        assumeTrue(status.available(), "No OS key store here (" + status.detail()
                + "); on Linux run the tests under dbus-run-session with gnome-keyring-daemon --unlock to cover it.");
    }

    @Test
    void aKeyPutInTheOsKeyStoreComesBackAndIsGoneAfterDelete() throws Exception {
        requireKeyStore();
        store.put("entry-1", KEY);
        try (OsKeyStore later = new OsKeyStore(service)) {
            assertEquals(KEY, later.get("entry-1", "prod"));
        }
        store.delete("entry-1");
        store.delete("entry-1");
        ProfileException gone = assertThrows(ProfileException.class, () -> store.get("entry-1", "prod"));
        assertTrue(gone.getMessage().contains("no key for profile \"prod\""), gone.getMessage());
    }

    @Test
    void aProfileWithItsKeyInTheOsKeyStoreWorksEndToEndAndLeavesNoKeyOnDisk() throws Exception {
        requireKeyStore();
        try (FileProfileService s = new FileProfileService(dir, Map.of(), (v, c) -> "passphrase for test".toCharArray(), service)) {
            s.add(new Profile("prod", new ProviderId("ultravox"), null, Map.of(), "", KeyRef.keyring()), Optional.of(KEY));
            assertEquals("keyring", s.require("prod").keyRef().describe());
            assertEquals(KEY, s.connect(s.require("prod"), null).key());
            s.rename("prod", "production");
            assertEquals(KEY, s.key(s.require("production")));

            String locator = s.require("production").keyRef().locator();
            s.update("production", new Profile("production", new ProviderId("ultravox"), null, Map.of(), "", KeyRef.vault()), Optional.empty());
            assertEquals(KEY, s.key(s.require("production")), "the key moved to the vault");
            assertThrows(ProfileException.class, () -> store.get(locator, "production"), "and left the OS key store");

            s.add(new Profile("second", new ProviderId("v0"), null, Map.of(), "", KeyRef.keyring()), Optional.of(KEY));
            String second = s.require("second").keyRef().locator();
            s.remove("second");
            assertThrows(ProfileException.class, () -> store.get(second, "second"), "remove deletes the key too");
            assertEquals(List.of(), s.warnings());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(KEY.reveal()), p.toString());
            }
        }
    }

    @Test
    void theStatusNamesTheBackendInUse() {
        requireKeyStore();
        assertFalse(store.status().detail().isBlank());
    }

    @Test
    void aLockedKeyStoreIsReportedAndTheVaultOfferedNotUsedSilently() throws Exception {
        Optional<Path> dbus = onPath("dbus-run-session");
        Optional<Path> daemon = onPath("gnome-keyring-daemon");
        assumeTrue(dbus.isPresent() && daemon.isPresent(), "needs dbus-run-session and gnome-keyring-daemon (apt-get install gnome-keyring dbus-x11)");
        Path fakeHome = Files.createDirectories(dir.resolve("home"));
        // A fresh keyring daemon that nobody unlocked: storing a key needs a prompt that cannot appear.
        String script = "eval \"$(gnome-keyring-daemon --start --components=secrets </dev/null)\"; exec \"$0\" \"$@\"";
        List<String> java = new java.util.ArrayList<>(List.of(dbus.get().toString(), "--", "sh", "-c", script,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), KeyStoreProbeChild.class.getName(), dir.resolve("config").toString()));
        ProcessBuilder pb = new ProcessBuilder(java);
        pb.environment().put("HOME", fakeHome.toString());
        pb.environment().put("XDG_DATA_HOME", fakeHome.resolve(".local/share").toString());
        pb.environment().put("XDG_RUNTIME_DIR", Files.createDirectories(dir.resolve("runtime")).toString());
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the locked key store must fail, not hang");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(out.startsWith("STORE_UNAVAILABLE: The OS key store refused to save the key ("), out);
        assertTrue(out.endsWith("it may be locked. [UNLOCK_KEY_STORE, USE_VAULT]"), "unlocking and the vault are offered: " + out);
        assertFalse(Files.exists(dir.resolve("config").resolve("keys.vault")), "no silent fallback to the vault");
    }

    private static Optional<Path> onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    @Test
    void withoutASessionBusTheAppSaysThereIsNoKeyStoreAndOffersTheVault() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "only Linux reaches its key store over the session bus");
        Map<String, String> env = new HashMap<>();
        env.put("DBUS_SESSION_BUS_ADDRESS", null);
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        Process child = ChildJvm.start(KeyStoreProbeChild.class, env, dir.toString());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals("", err, "nothing else on stderr");
        assertEquals("STORE_UNAVAILABLE: No OS key store is available: no Secret Service, Keychain or Credential Manager answered."
                + " [UNLOCK_KEY_STORE, USE_VAULT]", out, "the problem, and the vault offered as a remedy");
    }
}
