package dev.webhookinspector.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Masks secrets by value anywhere in a JSON tree, so a secret in an unexpected place is hidden too. */
final class SecretMasking {
    private SecretMasking() {}

    static JsonNode mask(JsonNode raw, List<Secret> secrets) {
        if (raw == null) return null;
        JsonNode copy = raw.deepCopy();
        Set<String> values = secrets.stream().map(Secret::reveal).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        if (values.isEmpty()) return copy;
        return walk(copy, values);
    }

    private static JsonNode walk(JsonNode node, Set<String> values) {
        if (node.isTextual()) {
            return values.contains(node.asText()) ? TextNode.valueOf(Secret.mask(node.asText())) : node;
        }
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(walk(e.getValue(), values));
            }
        } else if (node instanceof ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) arr.set(i, walk(arr.get(i), values));
        }
        return node;
    }
}
