package dev.webhookinspector.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Rewrites every string of a JSON tree, field names included: a secret can hide in a key as well as in a value. */
public final class JsonStrings {
    private JsonStrings() {}

    /** A new tree; {@code node} is left as it is. Two names that map to the same name keep the later value. */
    public static JsonNode map(JsonNode node, UnaryOperator<String> f) {
        if (node == null) return null;
        if (node.isTextual()) {
            String mapped = f.apply(node.asText());
            return mapped.equals(node.asText()) ? node : TextNode.valueOf(mapped);
        }
        if (node instanceof ObjectNode obj) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(f.apply(e.getKey()), map(e.getValue(), f));
            }
            return out;
        }
        if (node instanceof ArrayNode arr) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(arr.size());
            for (JsonNode item : arr) out.add(map(item, f));
            return out;
        }
        return node;
    }
}
