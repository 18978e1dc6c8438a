package dev.webhookinspector.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two running instances adding profiles at the same time keep each other's changes. */
class ConcurrentWritersTest {
    @TempDir Path dir;

    private Set<String> names() throws ProfileException {
        try (FileProfileService s = FileProfileServiceTest.open(dir)) {
            Set<String> names = new TreeSet<>();
            for (Profile p : s.list()) names.add(p.name());
            assertEquals(List.of(), s.warnings());
            return names;
        }
    }

    private static Set<String> expected(int perWriter, String... prefixes) {
        Set<String> names = new TreeSet<>();
        for (String prefix : prefixes) for (int n = 0; n < perWriter; n++) names.add(prefix + "-" + n);
        return names;
    }

    @Test
    void twoProcessesAddingProfilesAtOnceBothKeepAllTheirProfiles() throws Exception {
        Process a = ChildJvm.start(ProfileSaverChild.class, Map.of(), dir.toString(), "a", "25");
        Process b = ChildJvm.start(ProfileSaverChild.class, Map.of(), dir.toString(), "b", "25");
        for (Process p : List.of(a, b)) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a writer did not finish");
            assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(expected(25, "a", "b"), names());
    }

    @Test
    void fourServicesInOneProcessAddingAtOnceKeepEveryProfile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (String prefix : List.of("t0", "t1", "t2", "t3")) {
            writers.add(pool.submit(() -> {
                start.await();
                try (FileProfileService s = FileProfileServiceTest.open(dir)) {
                    for (int n = 0; n < 15; n++) s.add(FileProfileServiceTest.envProfile(prefix + "-" + n), Optional.empty());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : writers) f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(expected(15, "t0", "t1", "t2", "t3"), names());
    }

    @Test
    void aRenameInOneInstanceAndAnAddInAnotherBothSurvive() throws Exception {
        try (FileProfileService first = FileProfileServiceTest.open(dir); FileProfileService second = FileProfileServiceTest.open(dir)) {
            first.add(FileProfileServiceTest.envProfile("prod"), Optional.empty());
            second.list();
            first.rename("prod", "production");
            second.add(FileProfileServiceTest.envProfile("staging"), Optional.empty());
        }
        assertEquals(new TreeSet<>(Set.of("production", "staging")), names());
    }
}
