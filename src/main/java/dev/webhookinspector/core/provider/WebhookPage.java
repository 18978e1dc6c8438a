package dev.webhookinspector.core.provider;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One page of a provider's list, as its {@link Provider#toPage} reads it.
 *
 * @param nextCursor what {@link Provider#listRequest} needs for the following page (a cursor, or an absolute
 *                   URL for Ultravox); null on the last page
 * @param total how many webhooks the provider says the whole list has, or -1 when it does not say
 */
public record WebhookPage(List<PageItem> items, String nextCursor, int total) {
    public static final int TOTAL_UNKNOWN = -1;

    public WebhookPage {
        items = List.copyOf(items);
        if (nextCursor != null && nextCursor.isBlank()) nextCursor = null;
        if (total < 0) total = TOTAL_UNKNOWN;
    }

    /** The page that says no other follows. */
    public static WebhookPage last(List<PageItem> items, int total) {
        return new WebhookPage(items, null, total);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }

    public OptionalInt announcedTotal() {
        return total == TOTAL_UNKNOWN ? OptionalInt.empty() : OptionalInt.of(total);
    }
}
