package dev.webhookinspector.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.webhookinspector.core.model.Failure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {
    @Test
    void timeoutHeadersNameAndRisingCountersAreWordedOnce() {
        Instant t = Instant.parse("2026-01-10T10:00:00Z");
        RecordedSnapshot a = HistoryStoreTest.snapshot(HistoryStoreTest.KEY, t, List.of(new Failure(t, "HTTP 502", 502)), "");
        RecordedSnapshot b = new RecordedSnapshot(0, a.key(), t.plusSeconds(60), a.verdict(), "", a.status(), "Renamed", a.url(), a.events(),
                8000L, Map.of("X-Env", "staging"), a.secrets(), 2,
                List.of(new Failure(t, "HTTP 502", 502), new Failure(t.plusSeconds(30), "Request timed out", null)),
                Map.of("consecutiveFailures", 2.0));
        List<String> words = SnapshotChanges.between(a, b).stream().map(Change::wording).toList();
        assertEquals(List.of("Name: Hook → Renamed", "Timeout: 5 s → 8 s", "Headers: X-Env: prod → X-Env: staging",
                "New failures: 1 (Timeout 1)", "consecutiveFailures rose: 1 → 2"), words);
        assertEquals(List.of(), SnapshotChanges.between(a, a));
    }
}
