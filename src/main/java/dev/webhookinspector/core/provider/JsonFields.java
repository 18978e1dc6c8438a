package dev.webhookinspector.core.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tolerant readers for provider JSON: a missing, null or oddly typed field gives null or empty, never an error. */
public final class JsonFields {
    private JsonFields() {}

    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        return v.asText();
    }

    public static Long longValue(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isNumber()) return null;
        return v.asLong();
    }

    public static Double number(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || !v.isNumber()) return null;
        return v.asDouble();
    }

    public static Instant instant(JsonNode node, String field) {
        return parseInstant(text(node, field));
    }

    /** ISO-8601 with 0 to 9 fractional digits and an offset; without an offset it is taken as UTC. */
    public static Instant parseInstant(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }

    public static List<String> strings(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            for (JsonNode item : v) if (!item.isNull()) out.add(item.isTextual() ? item.asText() : item.toString());
        }
        return out;
    }

    /** Top-level fields not in {@code known}, in the order received. */
    public static Map<String, JsonNode> extras(JsonNode node, Set<String> known) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** Values outside a documented enum, as "field: value" notes for the user. */
    public static List<String> unknownValues(String field, List<String> values, Set<String> known) {
        List<String> out = new ArrayList<>();
        for (String v : values) if (!known.contains(v)) out.add(field + ": " + v);
        return out;
    }
}
