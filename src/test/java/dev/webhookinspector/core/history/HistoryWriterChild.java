package dev.webhookinspector.core.history;

import dev.webhookinspector.core.model.Failure;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A process that records snapshots as fast as it can and prints "saved N" after each commit, until it is killed. */
public final class HistoryWriterChild {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        WebhookKey key = new WebhookKey("crash", "ultravox", prefix);
        try (HistoryStore store = HistoryStore.open(dir, Retention.DEFAULT, Instant.now())) {
            for (int n = 0; ; n++) {
                List<Failure> failures = new ArrayList<>();
                // Enough rows per snapshot that a kill often lands inside a transaction.
                for (int i = 0; i < 500; i++) failures.add(new Failure(Instant.ofEpochSecond(1_700_000_000L + n * 1000L + i), "failure " + i, 500));
                store.record(HistoryStoreTest.snapshot(key, Instant.ofEpochSecond(1_800_000_000L + n), failures, "x".repeat(500)));
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
