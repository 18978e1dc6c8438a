package dev.webhookinspector.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.Await;
import dev.webhookinspector.core.profile.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A recording process killed with SIGKILL mid-write leaves a readable database holding every snapshot it committed. */
class HistoryCrashTest {
    static final int ROUNDS = 5;

    static List<String> integrity(Path dir) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(HistoryStore.FILE_NAME));
             java.sql.ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
    @TempDir Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killingARecordingProcessLeavesAReadableDatabaseWithEveryCommittedSnapshot() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "r" + round;
            Process child = ChildJvm.start(HistoryWriterChild.class, Map.of(), dir.toString(), prefix);
            AtomicInteger saved = new AtomicInteger();
            CountDownLatch first = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("saved ")) {
                            saved.incrementAndGet();
                            first.countDown();
                        }
                    }
                } catch (java.io.IOException closedByKill) {
                    // The stream ends when the child dies.
                }
            });
            assertTrue(first.await(60, TimeUnit.SECONDS), "round " + round + ": the child never saved (seed " + seed + ")");
            int before = 1 + random.nextInt(5);
            Await.until("round " + round + ": " + before + " saves", () -> saved.get() >= before || !child.isAlive(), Duration.ofSeconds(60));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            try (HistoryStore store = HistoryStore.open(dir, Retention.DEFAULT, Instant.now())) {
                assertEquals(List.of(), store.warnings(), "round " + round + " left a damaged file (seed " + seed + ")");
                assertEquals(List.of("ok"), integrity(dir), "round " + round + " (seed " + seed + ")");
                List<RecordedSnapshot> kept = store.timeline(new WebhookKey("crash", "ultravox", prefix), Instant.EPOCH);
                assertTrue(kept.size() >= saved.get(), "round " + round + ": " + saved.get() + " committed, " + kept.size() + " kept (seed " + seed + ")");
                for (RecordedSnapshot s : kept) assertEquals(500, s.failureCount());
            }
        }
    }
}
