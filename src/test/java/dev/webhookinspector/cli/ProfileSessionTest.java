package dev.webhookinspector.cli;

import dev.webhookinspector.core.problem.ExitCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's whole session with keys in the vault, for all three providers: afterwards no key and
 * no passphrase appears in plain text in the configuration directory, the temp directory or any output.
 */
class ProfileSessionTest {
    @TempDir Path home;

    @Test
    void aFullSessionLeavesNoKeyInPlainTextAnywhere() throws Exception {
        FileTime started = FileTime.fromMillis(System.currentTimeMillis() - 1000);
        CliSession cli = new CliSession(home);
        List<String> secrets = new ArrayList<>(List.of(CliSession.PASSPHRASE));
        try (Sandbox sandbox = Sandbox.start(0)) {
            Map<String, String> ids = Map.of("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, "v0", DemoFixtures.V0_BASIC, "featurebase", DemoFixtures.FEATUREBASE_HEALTHY);
            for (String provider : Sandbox.PROVIDERS) {
                String key = sandbox.demoKey(provider);
                secrets.add(key);
                String name = provider + " account";
                ok(cli.withInput(key + "\n", "profile", "add", name, "--provider", provider, "--base-url", sandbox.baseUrl(provider).toString(), "--store", "vault"));
                ok(cli.run("profile", "show", name));
                ok(cli.run("profile", "show", name, "--format", "json"));
                ok(cli.run("profile", "test", name));
                ok(cli.run("get", ids.get(provider), "--profile", name));
                ok(cli.run("get", ids.get(provider), "--profile", name, "--format", "json"));
            }
            ok(cli.run("profile", "list"));
            ok(cli.run("profile", "list", "--format", "json"));
            String rotated = "sk_rotated_in_session_5551234567";
            secrets.add(rotated);
            ok(cli.withInput(rotated + "\n", "profile", "edit", "featurebase account", "--key", "--note", "rotated"));
            ok(cli.run("profile", "rename", "v0 account", "v0 main"));
            ok(cli.run("profile", "export", home.resolve("export.json").toString()));
            ok(cli.run("profile", "import", home.resolve("export.json").toString(), "--rename"));
            ok(cli.run("profile", "remove", "ultravox account"));
            ok(cli.run("profile", "remove", "v0 main"));
            assertEquals(ExitCode.KEY_REJECTED.code(), cli.run("profile", "test", "featurebase account").code(), "the rotated key is one the simulator rejects");
        }

        assertTrue(cli.outputs.stream().anyMatch(o -> o.contains("ok: profile")), "the session produced output to scan");
        for (String output : cli.outputs) {
            for (String secret : secrets) assertFalse(output.contains(secret), "an output contains a secret:\n" + output);
        }
        List<Path> scanned = new ArrayList<>();
        scan(home, null, secrets, scanned);
        scan(Path.of(System.getProperty("java.io.tmpdir")), started, secrets, scanned);
        assertTrue(scanned.stream().anyMatch(p -> p.getFileName().toString().equals("keys.vault")), "the vault was among the scanned files");
        assertTrue(scanned.stream().anyMatch(p -> p.getFileName().toString().equals("profiles.json.bak")), "the backup too");
    }

    private static void ok(CliSession.Result r) {
        assertEquals(0, r.code(), r.toString());
    }

    /** Every regular file (those changed since {@code since}, when given) must not contain a secret. */
    private static void scan(Path root, FileTime since, List<String> secrets, List<Path> scanned) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!attrs.isRegularFile() || attrs.size() > 8_000_000) return FileVisitResult.CONTINUE;
                if (since != null && attrs.lastModifiedTime().compareTo(since) < 0) return FileVisitResult.CONTINUE;
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException unreadable) {
                    return FileVisitResult.CONTINUE;
                }
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) assertFalse(text.contains(secret), file + " contains a secret in plain text");
                scanned.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override public FileVisitResult visitFileFailed(Path file, IOException exc) { return FileVisitResult.CONTINUE; }

            @Override public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return since != null && dir.getNameCount() - root.getNameCount() > 4 ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }
        });
    }
}
