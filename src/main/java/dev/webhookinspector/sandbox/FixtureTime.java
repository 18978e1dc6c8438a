package dev.webhookinspector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes fixture timestamps relative to the simulator's start, so the demo always looks current.
 * A fixture string {@code "{{now-PT3H12M|6}}"} becomes start minus that ISO-8601 duration, in UTC,
 * with 0, 3 or 6 fractional digits (3 when omitted).
 */
final class FixtureTime {
    private static final Pattern TOKEN = Pattern.compile("\\{\\{now(?:-(P[0-9A-Za-z.]+))?(?:\\|([036]))?}}");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Instant now;

    FixtureTime(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.MICROS);
    }

    Instant now() { return now; }

    /** ISO-8601 UTC with exactly {@code digits} fractional digits (0, 3 or 6), trailing zeros kept. */
    static String format(Instant instant, int digits) {
        String base = SECONDS.format(instant);
        return switch (digits) {
            case 0 -> base + "Z";
            case 3 -> base + String.format(".%03dZ", instant.getNano() / 1_000_000);
            case 6 -> base + String.format(".%06dZ", instant.getNano() / 1_000);
            default -> throw new IllegalArgumentException("digits must be 0, 3 or 6");
        };
    }

    String ago(Duration duration, int digits) {
        return format(now.minus(duration), digits);
    }

    /** Replaces every timestamp token in the tree, in place; returns the same node. */
    JsonNode resolve(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (value.isTextual()) field.setValue(resolveText(value.textValue()));
                else resolve(value);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual()) array.set(i, resolveText(value.textValue()));
                else resolve(value);
            }
        }
        return node;
    }

    private JsonNode resolveText(String text) {
        Matcher m = TOKEN.matcher(text);
        if (!m.matches()) return TextNode.valueOf(text);
        Duration back = m.group(1) == null ? Duration.ZERO : Duration.parse(m.group(1));
        int digits = m.group(2) == null ? 3 : Integer.parseInt(m.group(2));
        return TextNode.valueOf(ago(back, digits));
    }
}
