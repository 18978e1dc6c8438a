package dev.webhookinspector.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.webhookinspector.core.text.SafeText;

/** JSON as the history commands print it: indented, with controls and bidi overrides escaped as SnapshotJson does. */
final class Reports {
    private static final ObjectWriter WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writer().with(SafeText.JSON_ESCAPES);

    private Reports() {}

    static String json(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }
}
