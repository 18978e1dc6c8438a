package dev.webhookinspector.core.list;

import dev.webhookinspector.core.FetchResult;
import java.util.List;

/**
 * Told on the listing thread each time webhooks are loaded (a page, or one v0 hook's details), so a front end can
 * show rows and progress before the list is done. It must not block: hand the work to the UI thread.
 */
@FunctionalInterface
public interface ListListener {
    ListListener NONE = (progress, added) -> { };

    /** @param added the webhooks just loaded, in list order; empty after a page of IDs whose details follow */
    void loaded(ListProgress progress, List<FetchResult> added);
}
