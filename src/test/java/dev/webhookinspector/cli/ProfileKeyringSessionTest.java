package dev.webhookinspector.cli;

import dev.webhookinspector.core.problem.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.profile.KeyStoreStatus;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with keys in the real OS key store, the default. Needs a Secret Service (or Keychain,
 * Credential Manager): on Linux CI run under dbus-run-session with gnome-keyring-daemon --unlock.
 */
class ProfileKeyringSessionTest {
    @TempDir Path home;

    private String entryOf(String name) throws Exception {
        for (var p : new ObjectMapper().readTree(home.resolve("profiles.json").toFile()).get("profiles")) {
            if (p.get("name").asText().equals(name)) return p.get("keyEntry").asText();
        }
        throw new AssertionError("no profile " + name);
    }

    @Test
    void profilesWithKeysInTheOsKeyStoreWorkFromAddToRemove() throws Exception {
        try (ProfileService probe = ProfileServices.open(Map.of("WEBHOOK_INSPECTOR_HOME", home.toString()))) {
            KeyStoreStatus keyring = probe.storeStatus().get(0);
            assumeTrue(keyring.kind() == KeyStoreKind.KEYRING && keyring.available(), "No OS key store here (" + keyring.detail()
                    + "); on Linux run the tests under dbus-run-session with gnome-keyring-daemon --unlock to cover it.");
        }
        CliSession cli = new CliSession(home);
        try (Sandbox sandbox = Sandbox.start(0); Keyring os = Keyring.create()) {
            String key = sandbox.demoKey("v0");
            CliSession.Result added = cli.withInput(key + "\n", "profile", "add", "main", "--provider", "v0", "--base-url", sandbox.baseUrl("v0").toString());
            assertEquals("Added profile \"main\" (v0, key in the OS key store).\n", added.out(), added.toString());
            String entry = entryOf("main");
            assertEquals(key, os.getPassword("webhook-inspector", entry), "the key is in the OS key store under the profile's entry");

            assertTrue(cli.run("profile", "list").out().contains("main  v0        " + sandbox.baseUrl("v0") + "  keyring"));
            assertTrue(cli.run("profile", "show", "main").out().contains(new ApiKey(key).masked() + " in the OS key store"));
            assertEquals(0, cli.run("profile", "test", "main").code());
            assertEquals(0, cli.run("get", DemoFixtures.V0_BASIC, "--profile", "main").code());

            assertEquals(0, cli.withInput("v0_wrong_key_for_a_moment_1234\n", "profile", "edit", "main", "--key").code());
            assertEquals(ExitCode.KEY_REJECTED.code(), cli.run("profile", "test", "main").code());
            assertEquals(0, cli.withInput(key + "\n", "profile", "edit", "main", "--key").code());
            assertEquals(entry, entryOf("main"), "a new key replaces the old one in place");

            CliSession.Result toVault = cli.run("profile", "edit", "main", "--store", "vault");
            assertEquals("Updated profile \"main\"; its key is now in the encrypted vault.\n", toVault.out(), toVault.toString());
            assertThrows(PasswordAccessException.class, () -> os.getPassword("webhook-inspector", entry), "moved out of the OS key store");
            assertEquals(0, cli.run("profile", "test", "main").code());
            assertEquals(0, cli.run("profile", "edit", "main", "--store", "keyring").code());
            assertEquals(0, cli.run("profile", "test", "main").code());

            String back = entryOf("main");
            CliSession.Result removed = cli.run("profile", "remove", "main");
            assertEquals("Removed profile \"main\" and its key from the OS key store.\n", removed.out(), removed.toString());
            assertThrows(PasswordAccessException.class, () -> os.getPassword("webhook-inspector", back));

            for (String output : cli.outputs) assertFalse(output.contains(key), output);
            try (Stream<Path> files = Files.walk(home)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(key), p.toString());
                }
            }
        }
        assertEquals(List.of(), cli.outputs.stream().filter(o -> o.contains("warning")).toList());
    }
}
