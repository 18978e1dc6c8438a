package dev.webhookinspector.core.history;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.profile.ProfileServices;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the front ends call after a fetch: records it unless the profile's history is off, and hands back the snapshot
 * recorded before it, to say what changed. Never throws: a store that cannot be opened or written is a warning line,
 * and the caller's result stands. Blocking and thread-safe; the store opens on first use and stays open until
 * {@link #close()}.
 */
public final class HistoryRecorder implements AutoCloseable {
    private final Path dir;
    private HistoryStore store;

    public HistoryRecorder(Path dir) {
        this.dir = dir;
    }

    /** The user's data directory ({@link ProfileServices#dataDir}). */
    public static HistoryRecorder forEnvironment(Map<String, String> env) {
        return new HistoryRecorder(ProfileServices.dataDir(env));
    }

    public Path dir() { return dir; }

    /**
     * @param previous the newest snapshot recorded before this one, with its failures; empty for a first fetch
     * @param current this fetch as recorded (also when recording failed, so a comparison still works)
     * @param warnings one line each for the user: a damaged file set aside, a write that failed
     */
    public record Outcome(Optional<RecordedSnapshot> previous, RecordedSnapshot current, List<String> warnings) {
        /** What changed since the fetch before: the window header's "changed since last fetch"; empty for a first fetch. */
        public List<Change> changes() {
            return previous.map(p -> SnapshotChanges.between(p, current)).orElse(List.of());
        }
    }

    public boolean enabled(String profile) {
        return HistorySettings.read(dir).enabled(profile);
    }

    public synchronized Outcome record(String profile, FetchResult result) {
        RecordedSnapshot current = RecordedSnapshot.of(profile, result.snapshot(), result.fetchedAt());
        List<String> warnings = new ArrayList<>();
        HistorySettings settings = HistorySettings.read(dir);
        settings.problem().ifPresent(p -> warnings.add("history not recorded: " + p));
        if (!settings.enabled(profile)) return new Outcome(Optional.empty(), current, warnings);
        Optional<RecordedSnapshot> previous = Optional.empty();
        try {
            HistoryStore s = store(warnings);
            try {
                previous = s.at(current.key(), current.fetchedAt());
                s.record(current);
            } catch (HistoryException e) {
                if (!e.damaged()) throw e;
                store = HistoryStore.restart(s, HistorySettings.read(dir).retention(), Instant.now());
                warnings.addAll(store.warnings());
                store.record(current);
            }
        } catch (HistoryException e) {
            warnings.add("history not recorded: " + e.getMessage());
        } catch (RuntimeException e) {
            // A driver that cannot load (a trimmed package for another OS) must not cost the user the fetch.
            warnings.add("history not recorded: " + e.getClass().getSimpleName());
        }
        return new Outcome(previous, current, warnings);
    }

    /** The open store, for reading the history; opened (and pruned when due) on first use. */
    public synchronized HistoryStore store() throws HistoryException {
        return store(new ArrayList<>());
    }

    private HistoryStore store(List<String> warnings) throws HistoryException {
        if (store == null) {
            store = HistoryStore.open(dir, HistorySettings.read(dir).retention(), Instant.now());
            warnings.addAll(store.warnings());
        }
        return store;
    }

    @Override
    public synchronized void close() {
        if (store != null) store.close();
        store = null;
    }
}
