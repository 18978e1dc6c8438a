package dev.webhookinspector.core.list;

import java.util.OptionalInt;

/**
 * How far a list has come, for a progress line: "page 3, 200 of 250 webhooks".
 *
 * @param pages list pages read so far
 * @param webhooks webhooks loaded so far, details included
 * @param total how many the provider announced, or -1 when it does not say
 */
public record ListProgress(int pages, int webhooks, int total) {
    public OptionalInt announcedTotal() {
        return total < 0 ? OptionalInt.empty() : OptionalInt.of(total);
    }
}
