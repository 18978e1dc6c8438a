package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.text.Formats;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field of the response as the Fields panel shows it: a name, a typed value, and whether this
 * app version knows the field. Children are built on demand so a 10,000-item array costs nothing
 * until it is expanded.
 *
 * @param path JSON-pointer-like path ("health.lastResponseTime", "secrets[0]")
 * @param unknown a field the app does not know (a newer API version), or under one
 * @param unknownValue a string value outside the documented set (an unknown event or status)
 * @param masked a secret, shown in its masked form
 */
public record FieldNode(String name, String path, JsonNode value, boolean unknown, boolean unknownValue, boolean masked) {
    private static final Pattern ISO_INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|z|[+-]\\d{2}:\\d{2})");

    public enum Type {
        TEXT("text"), NUMBER("number"), BOOLEAN("boolean"), NULL("null"), TIMESTAMP("timestamp"),
        URL("URL"), MASKED("secret, masked"), OBJECT("object"), ARRAY("list");

        private final String label;

        Type(String label) { this.label = label; }

        public String label() { return label; }
    }

    /**
     * What the snapshot says about its fields beyond the JSON itself.
     *
     * @param unknownFields top-level field names this app does not know
     * @param unknownValues string values outside the documented sets
     * @param maskedValues the masked forms of the snapshot's secrets, as they appear in the masked JSON
     */
    public record Hints(Set<String> unknownFields, Set<String> unknownValues, Set<String> maskedValues) {
        public Hints {
            unknownFields = Set.copyOf(unknownFields);
            unknownValues = Set.copyOf(unknownValues);
            maskedValues = Set.copyOf(maskedValues);
        }
    }

    /** The top-level fields of a masked response. */
    public static List<FieldNode> roots(JsonNode raw, Hints hints) {
        if (raw == null || !raw.isObject()) return List.of();
        List<FieldNode> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : raw.properties()) {
            out.add(node(e.getKey(), e.getKey(), e.getValue(), hints.unknownFields().contains(e.getKey()), hints));
        }
        return out;
    }

    private static FieldNode node(String name, String path, JsonNode value, boolean unknown, Hints hints) {
        boolean text = value.isTextual();
        return new FieldNode(name, path, value, unknown, text && hints.unknownValues().contains(value.asText()),
                text && hints.maskedValues().contains(value.asText()));
    }

    public Type type() {
        if (value == null || value.isNull() || value.isMissingNode()) return Type.NULL;
        if (value.isObject()) return Type.OBJECT;
        if (value.isArray()) return Type.ARRAY;
        if (value.isBoolean()) return Type.BOOLEAN;
        if (value.isNumber()) return Type.NUMBER;
        String s = value.asText();
        if (instant() != null) return Type.TIMESTAMP;
        if (masked) return Type.MASKED;
        if (s.startsWith("https://") || s.startsWith("http://")) return Type.URL;
        return Type.TEXT;
    }

    /** The parsed time when the value is an ISO-8601 timestamp, else null. */
    public Instant instant() {
        if (value == null || !value.isTextual()) return null;
        String s = value.asText();
        if (!ISO_INSTANT.matcher(s).matches()) return null;
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean hasChildren() {
        return value != null && value.isContainerNode() && !value.isEmpty();
    }

    /** Children in response order; built fresh on each call, so callers cache them. */
    public List<FieldNode> children(Hints hints) {
        if (!hasChildren()) return List.of();
        List<FieldNode> out = new ArrayList<>(value.size());
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                out.add(node("[" + i + "]", path + "[" + i + "]", value.get(i), unknown, hints));
            }
        } else {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                out.add(node(e.getKey(), path + "." + e.getKey(), e.getValue(), unknown, hints));
            }
        }
        return out;
    }

    /** The value as the panel shows it before time formatting: text unquoted, containers summarised. */
    public String summary() {
        return switch (type()) {
            case NULL -> "null";
            case OBJECT -> value.isEmpty() ? "{ } empty" : Formats.plural(value.size(), "field");
            case ARRAY -> value.isEmpty() ? "[ ] empty" : Formats.plural(value.size(), "item");
            default -> value.asText();
        };
    }

    /** What "Copy value" puts on the clipboard: the text itself, or pretty JSON for containers. */
    public String copyText() {
        return switch (type()) {
            case OBJECT, ARRAY -> JsonLines.pretty(value);
            case NULL -> "null";
            default -> value.asText();
        };
    }
}
