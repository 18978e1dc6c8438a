package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.webhookinspector.core.history.HistoryStore;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fixture of every provider recorded and reported in every format: neither the database (with its -wal and
 * -shm) nor any report holds a secret or key the simulator knows.
 */
class NothingSecretInHistoryTest {
    static final String ROTATED = "RotatedSecretValue9xQ2mL7vT4kP8nB3";

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void noSecretNorKeyInTheDatabaseNorInAnyReport(@TempDir Path home) throws Exception {
        Set<String> secrets = new LinkedHashSet<>(List.of(DemoFixtures.ULTRAVOX_DEMO_KEY, DemoFixtures.V0_DEMO_KEY, DemoFixtures.FEATUREBASE_DEMO_KEY,
                DemoFixtures.FEATUREBASE_KEY_WITHOUT_WEBHOOK_ACCESS, DemoFixtures.ULTRAVOX_BULK_KEY, DemoFixtures.V0_BULK_KEY,
                DemoFixtures.FEATUREBASE_BULK_KEY, ROTATED));
        List<String> outputs = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.start(0)) {
            Map<String, String> env = new HashMap<>(Map.of(ProfileServices.HOME_VARIABLE, home.toString()));
            for (String provider : Sandbox.PROVIDERS) {
                env.put("KEY_" + provider.toUpperCase(), sandbox.demoKey(provider));
                assertEquals(0, CliRun.run(env, "profile", "add", provider, "--provider", provider, "--base-url", sandbox.baseUrl(provider).toString(),
                        "--store", "env:KEY_" + provider.toUpperCase()).exitCode());
                // list records every webhook of the account, so the database holds every fixture's secrets' fingerprints.
                assertEquals(0, CliRun.run(env, "list", "--profile", provider).exitCode());
            }
            for (DemoFixtures.Fixture f : DemoFixtures.describe()) {
                if (f.faultTrigger()) continue;
                CliRun shown = CliRun.run(env, "get", f.id(), "--profile", f.provider(), "--format", "json", "--show-secrets", "--no-history");
                assertEquals(0, shown.exitCode(), shown.err());
                for (JsonNode s : HistoryCommandTest.parse(shown.out()).path("secrets")) secrets.add(s.path("value").asText());
                for (String format : List.of("md", "html", "json")) {
                    CliRun r = CliRun.run(env, "report", f.id(), "--profile", f.provider(), "--format", format);
                    assertEquals(0, r.exitCode(), f.id() + " " + format + ": " + r.err());
                    assertEquals("", r.err(), "a report prints nothing on stderr when all is well");
                    assertTrue(r.out().contains("$WEBHOOK_INSPECTOR_API_KEY"), "the request reads the key from the environment");
                    outputs.add(f.provider() + " " + f.id() + " " + format + "\n" + r.out());
                }
            }
            sandbox.change("ultravox", DemoFixtures.ULTRAVOX_HEALTHY, w -> ((ArrayNode) w.get("secrets")).insert(0, ROTATED));
            CliRun rotated = CliRun.run(env, "report", DemoFixtures.ULTRAVOX_HEALTHY, "--profile", "ultravox", "--format", "md");
            assertTrue(rotated.out().contains("Secret"), rotated.out());
            outputs.add(rotated.out());
            outputs.add(CliRun.run(env, "diff", DemoFixtures.ULTRAVOX_HEALTHY, "--profile", "ultravox").out());
            outputs.add(CliRun.run(env, "history", DemoFixtures.ULTRAVOX_HEALTHY, "--profile", "ultravox", "--format", "json").out());
        }
        secrets.removeIf(s -> s.length() < 8);
        assertTrue(secrets.size() > 10, "the scan knows the fixtures' secrets: " + secrets.size());
        String db = new String(dbBytes(home), StandardCharsets.ISO_8859_1);
        String dbUtf16 = new String(dbBytes(home), StandardCharsets.UTF_16LE);
        for (String secret : secrets) {
            assertFalse(db.contains(secret) || dbUtf16.contains(secret), "the history database holds a secret ending " + secret.substring(secret.length() - 4));
            for (String out : outputs) {
                assertFalse(out.contains(secret), "a report holds a secret ending " + secret.substring(secret.length() - 4) + " in " + out.lines().findFirst().orElse(""));
            }
        }
    }

    static byte[] dbBytes(Path home) throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(home)) {
            List<Path> db = files.filter(p -> p.getFileName().toString().startsWith(HistoryStore.FILE_NAME)).toList();
            assertFalse(db.isEmpty());
            for (Path p : db) all.write(Files.readAllBytes(p));
        }
        return all.toByteArray();
    }
}
