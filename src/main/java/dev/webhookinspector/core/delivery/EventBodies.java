package dev.webhookinspector.core.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds sample event bodies as compact JSON, the way the providers send them (no spaces, keys in order). */
public final class EventBodies {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventBodies() {}

    public static ObjectNode object() { return JSON.createObjectNode(); }

    public static byte[] bytes(ObjectNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sample event could not be written", e);
        }
    }
}
