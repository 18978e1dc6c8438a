package dev.webhookinspector.ui.inspector;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * What every panel's view model shares: the clipboard with a way to tell the user what was copied,
 * the current time for relative texts, and the zone for local times.
 */
record Context(Copier copier, java.util.function.Consumer<String> notice, Supplier<Instant> now, ZoneId zone) {

    /** Copies and announces it; the announcement never contains the copied text. */
    void copy(String text, String announcement) {
        copier.copy(text);
        notice.accept(announcement);
    }

    Instant instant() { return now.get(); }
}
