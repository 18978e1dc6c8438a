package dev.webhookinspector.core.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Readers for list answers that every provider's {@link Provider#toPage} shares; a wrong shape is an IllegalArgumentException. */
public final class Pages {
    private Pages() {}

    /** The array in {@code field} of an object answer ("results", "data"). */
    public static JsonNode array(JsonNode body, String field) {
        if (body == null || !body.isObject()) throw new IllegalArgumentException("the list answer is not a JSON object");
        JsonNode items = body.get(field);
        if (items == null || !items.isArray()) throw new IllegalArgumentException("the list answer has no \"" + field + "\" array");
        return items;
    }

    /** Each element a whole webhook object, named by its {@code idField}. */
    public static List<PageItem> webhooks(JsonNode array, String idField) {
        List<PageItem> out = new ArrayList<>(array.size());
        for (JsonNode item : array) out.add(new PageItem.Webhook(id(item, idField, out.size()), item));
        return out;
    }

    /** The ID of the {@code index}-th element (from 0), which must be an object that has one. */
    public static String id(JsonNode item, String idField, int index) {
        String id = item != null && item.isObject() ? JsonFields.text(item, idField) : null;
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("webhook " + (index + 1) + " on the page has no \"" + idField + "\"");
        }
        return id;
    }

    /** A count the answer announces in {@code field}, or {@link WebhookPage#TOTAL_UNKNOWN}. */
    public static int total(JsonNode body, String field) {
        Long n = JsonFields.longValue(body, field);
        return n == null || n < 0 || n > Integer.MAX_VALUE ? WebhookPage.TOTAL_UNKNOWN : n.intValue();
    }
}
