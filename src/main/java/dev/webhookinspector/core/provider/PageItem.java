package dev.webhookinspector.core.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One webhook on a page of a provider's list: either the whole webhook, mapped like a get's answer, or only
 * its ID and name, when the list endpoint gives no details (v0) and each one must be fetched by ID.
 */
public sealed interface PageItem {
    /** The webhook's ID as the list names it. */
    String id();

    /** The whole webhook object, the same shape a get by ID answers. */
    record Webhook(String id, JsonNode body) implements PageItem {
        public Webhook {
            requireId(id);
            Objects.requireNonNull(body);
        }
    }

    /** Only the ID (and a name, or null); the details need a get by ID. */
    record Summary(String id, String name) implements PageItem {
        public Summary {
            requireId(id);
        }
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a listed webhook has no ID");
    }
}
