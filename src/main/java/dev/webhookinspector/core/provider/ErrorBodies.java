package dev.webhookinspector.core.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** Reads error bodies that may be JSON, HTML or plain text. */
public final class ErrorBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {}

    /** The body as a JSON object, or empty when it is not one. */
    public static Optional<JsonNode> json(String body) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (Exception notJson) {
            return Optional.empty();
        }
    }

    /** A short plain-text body is a usable message; HTML pages and long dumps are not. */
    public static Optional<String> plainText(String body) {
        String t = body == null ? "" : body.strip();
        boolean usable = !t.isEmpty() && !t.startsWith("<") && !t.startsWith("{") && !t.startsWith("[") && t.length() <= 200;
        return usable ? Optional.of(t) : Optional.empty();
    }
}
