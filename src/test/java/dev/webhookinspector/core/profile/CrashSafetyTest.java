package dev.webhookinspector.core.profile;

import dev.webhookinspector.Await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL at random moments never tears the file nor loses a completed save. */
class CrashSafetyTest {
    private static final int ROUNDS = 30;

    @TempDir Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // thirty child JVMs one after another: about 17 s idle, far more on a busy machine
    void killingASavingProcessAtRandomMomentsNeverCorruptsTheFileNorLosesACompletedSave() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> completed = new HashSet<>();
        int totalSaves = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "r" + round;
            Process child = ChildJvm.start(ProfileSaverChild.class, Map.of(), dir.toString(), prefix);
            ConcurrentLinkedQueue<Integer> saved = new ConcurrentLinkedQueue<>();
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().start(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("saved ")) {
                            saved.add(Integer.parseInt(line.substring(6)));
                            firstSave.countDown();
                        }
                    }
                } catch (java.io.IOException closedByKill) {
                    // The stream ends when the child dies.
                }
            });
            assertTrue(firstSave.await(60, TimeUnit.SECONDS), "round " + round + ": the child never saved (seed " + seed + ")");
            // The kill lands after a random number of completed saves, so on a random point of a save in progress.
            int savesBeforeKill = 1 + random.nextInt(4);
            Await.until("round " + round + ": " + savesBeforeKill + " saves (seed " + seed + ")",
                    () -> saved.size() >= savesBeforeKill || !child.isAlive(), Duration.ofSeconds(60));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            reader.join(10_000);
            for (int n : saved) completed.add(prefix + "-" + n);
            totalSaves += saved.size();

            try (FileProfileService check = FileProfileServiceTest.open(dir)) {
                Set<String> names = new HashSet<>();
                for (Profile p : check.list()) names.add(p.name());
                assertEquals(List.of(), check.warnings(), "round " + round + " left an unreadable file (seed " + seed + ")");
                List<String> lost = new ArrayList<>(completed);
                lost.removeAll(names);
                assertEquals(List.of(), lost, "round " + round + " lost completed saves (seed " + seed + ")");
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.contains("corrupt")).toList());
        }
        assertTrue(totalSaves >= ROUNDS, "each round completed at least one save: " + totalSaves);
    }
}
