package dev.webhookinspector.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    static final WebhookKey KEY = new WebhookKey("work", "ultravox", "wh-1");
    static final Instant T0 = Instant.parse("2026-01-10T10:00:00Z");
    @TempDir Path dir;

    static RecordedSnapshot snapshot(WebhookKey key, Instant at, List<Failure> failures, String filler) {
        return new RecordedSnapshot(0, key, at, failures.isEmpty() ? Verdict.HEALTHY : Verdict.FAILING, filler, "normal", "Hook", "https://x.example/h",
                List.of("call.ended"), 5000L, Map.of("X-Env", "prod"), List.of(new SecretFingerprint("secret", "0011aabb", "********abcd")),
                failures.size(), failures, Map.of("consecutiveFailures", (double) failures.size()));
    }

    HistoryStore open(Instant now) throws HistoryException {
        return HistoryStore.open(dir, Retention.DEFAULT, now);
    }

    @Test
    void aNewDatabaseIsPrivateMigratedToTheLatestSchemaAndInWalMode() throws Exception {
        open(T0).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(HistoryStore.FILE_NAME));
             ResultSet v = c.createStatement().executeQuery("PRAGMA user_version");
             ResultSet j = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertEquals(Schema.MIGRATIONS.size(), v.getInt(1));
            assertEquals("wal", j.getString(1));
        }
        if (java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve(HistoryStore.FILE_NAME))), "the owner's alone");
        }
    }

    @Test
    void theSameFailureSeenByManyFetchesIsKeptOnceWithFirstAndLastSeen() throws Exception {
        Failure f = new Failure(T0.minusSeconds(60), "HTTP 502 Bad Gateway", 502);
        try (HistoryStore store = open(T0)) {
            store.record(snapshot(KEY, T0, List.of(f), ""));
            store.record(snapshot(KEY, T0.plusSeconds(600), List.of(f), ""));
            store.record(snapshot(KEY, T0.plusSeconds(1200), List.of(), ""));
            List<RecordedFailure> log = store.failures(KEY, Instant.EPOCH);
            assertEquals(1, log.size());
            assertEquals(T0, log.getFirst().firstSeen());
            assertEquals(T0.plusSeconds(600), log.getFirst().lastSeen());
            assertEquals(3, store.timeline(KEY, Instant.EPOCH).size());
            assertEquals(List.of(f), store.at(KEY, T0.plusSeconds(601)).orElseThrow().failures(), "the failures that fetch saw");
        }
    }

    @Test
    void aCorruptFileIsSetAsideWithOneLineAndANewOneStarted() throws Exception {
        Path file = dir.resolve(HistoryStore.FILE_NAME);
        Files.write(file, "this is not a database, it was overwritten by something else ".repeat(200).getBytes());
        try (HistoryStore store = open(T0)) {
            assertEquals(1, store.warnings().size(), store.warnings().toString());
            String w = store.warnings().getFirst();
            assertTrue(w.contains("history.db.corrupt-20260110-100000") && !w.contains("\n") && !w.contains("Exception"), w);
            store.record(snapshot(KEY, T0, List.of(), ""));
            assertEquals(1, store.timeline(KEY, Instant.EPOCH).size());
        }
        assertTrue(Files.exists(dir.resolve("history.db.corrupt-20260110-100000")));
    }

    @Test
    void aFileDamagedBeyondItsFirstPageIsFoundOnUseAndSetAsideToo() throws Exception {
        try (HistoryStore store = open(T0)) {
            for (int i = 0; i < 50; i++) store.record(snapshot(KEY, T0.plusSeconds(i), List.of(new Failure(T0, "f" + i, 500)), "x".repeat(1000)));
        }
        Path file = dir.resolve(HistoryStore.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        // The header and schema page stay; every table and index page after it is garbage.
        java.util.Arrays.fill(bytes, 4096, bytes.length, (byte) 0x5A);
        Files.write(file, bytes);
        // Found at open (its daily prune reads the tables) or at the first write, whichever touches a bad page first.
        HistoryStore store = open(T0);
        try {
            store.record(snapshot(KEY, T0.plusSeconds(100), List.of(), ""));
        } catch (HistoryException e) {
            assertTrue(e.damaged(), e.getMessage());
            store = HistoryStore.restart(store, Retention.DEFAULT, T0);
        }
        try (HistoryStore fresh = store) {
            assertTrue(fresh.warnings().getLast().contains("moved to history.db.corrupt-"), fresh.warnings().toString());
            fresh.record(snapshot(KEY, T0.plusSeconds(101), List.of(), ""));
            assertTrue(fresh.timeline(KEY, Instant.EPOCH).size() >= 1);
        }
    }

    @Test
    void pruneDeletesWhatIsOlderThanTheAgeLimit() throws Exception {
        try (HistoryStore store = open(T0)) {
            for (int day = 0; day < 10; day++) {
                store.record(snapshot(KEY, T0.plus(Duration.ofDays(day)), List.of(new Failure(T0.plus(Duration.ofDays(day)), "boom " + day, 500)), ""));
            }
            HistoryStore.PruneResult r = store.prune(new Retention(Duration.ofDays(3), Long.MAX_VALUE), T0.plus(Duration.ofDays(9)));
            assertEquals(6, r.snapshots());
            List<RecordedSnapshot> left = store.timeline(KEY, Instant.EPOCH);
            assertEquals(4, left.size());
            assertTrue(left.stream().allMatch(s -> !s.fetchedAt().isBefore(T0.plus(Duration.ofDays(6)))));
            assertEquals(4, store.failures(KEY, Instant.EPOCH).size());
        }
    }

    @Test
    void pruneDeletesTheOldestUntilTheFileFitsTheSizeLimit() throws Exception {
        String filler = "x".repeat(2000);
        try (HistoryStore store = open(T0)) {
            for (int i = 0; i < 1000; i++) store.record(snapshot(KEY, T0.plusSeconds(i), List.of(), filler));
            long before = store.fileBytes();
            assertTrue(before > 2_000_000, "the test writes enough to prune: " + before);
            HistoryStore.PruneResult r = store.prune(new Retention(Duration.ofDays(3650), 500_000), T0.plusSeconds(1000));
            assertTrue(r.bytesAfter() <= 500_000, "the file fits the limit: " + r);
            List<RecordedSnapshot> left = store.timeline(KEY, Instant.EPOCH);
            assertTrue(!left.isEmpty() && left.size() < 1000, "some, the newest, stay: " + left.size());
            assertEquals(T0.plusSeconds(999), left.getLast().fetchedAt());
        }
    }

    @Test
    void clearRemovesOneWebhookOneProfileOrAll() throws Exception {
        WebhookKey other = new WebhookKey("work", "ultravox", "wh-2");
        WebhookKey home = new WebhookKey("home", "v0", "wh-3");
        try (HistoryStore store = open(T0)) {
            for (WebhookKey k : List.of(KEY, other, home)) store.record(snapshot(k, T0, List.of(new Failure(T0, "x", null)), ""));
            assertEquals(1, store.clear(Optional.of("work"), Optional.of(KEY)));
            assertEquals(List.of(home, other), store.webhooks(Optional.empty()));
            assertEquals(1, store.clear(Optional.of("work"), Optional.empty()));
            assertEquals(List.of(home), store.webhooks(Optional.empty()));
            assertEquals(1, store.clear(Optional.empty(), Optional.empty()));
            assertEquals(List.of(), store.webhooks(Optional.empty()));
            assertEquals(List.of(), store.failures(home, Instant.EPOCH));
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsAClearErrorNotACrash() throws Exception {
        open(T0).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(HistoryStore.FILE_NAME))) {
            c.createStatement().execute("PRAGMA user_version = 99");
        }
        HistoryException e = org.junit.jupiter.api.Assertions.assertThrows(HistoryException.class, () -> open(T0));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    /** Every byte of the database and its side files, for scans. */
    static byte[] allBytes(Path dir) throws Exception {
        List<byte[]> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(HistoryStore.FILE_NAME)).toList()) parts.add(Files.readAllBytes(p));
        }
        int n = parts.stream().mapToInt(b -> b.length).sum();
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] b : parts) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length;
        }
        return all;
    }
}
