package dev.webhookinspector.ui.list;

import dev.webhookinspector.core.FetchResult;
import java.util.List;

/**
 * Records a snapshot fetched through a saved profile in the history; blocking, so lists and the watch call it on
 * their workers. Returns the store's warnings; never throws, so a store problem never costs the list.
 */
@FunctionalInterface
public interface SnapshotRecorder {
    SnapshotRecorder NONE = (profile, result) -> List.of();

    List<String> record(String profile, FetchResult result);
}
