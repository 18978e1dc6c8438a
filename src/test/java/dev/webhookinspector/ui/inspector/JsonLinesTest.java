package dev.webhookinspector.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prettyPrintsWithTwoSpacesAndColouredTokensThatRebuildEachLine() throws Exception {
        List<JsonLines.Line> lines = JsonLines.lines(JSON.readTree(
                "{\"url\":\"https://x.example/a\",\"n\":-12.5,\"ok\":true,\"none\":null,\"list\":[\"a \\\"b\\\"\"]}"));

        assertEquals("{", lines.get(0).text());
        assertEquals("  \"url\": \"https://x.example/a\",", lines.get(1).text());
        for (JsonLines.Line line : lines) {
            assertEquals(line.text(), String.join("", line.tokens().stream().map(JsonLines.Token::text).toList()));
        }
        assertEquals(List.of(JsonLines.TokenType.SPACE, JsonLines.TokenType.KEY, JsonLines.TokenType.PUNCTUATION,
                        JsonLines.TokenType.SPACE, JsonLines.TokenType.STRING, JsonLines.TokenType.PUNCTUATION),
                lines.get(1).tokens().stream().map(JsonLines.Token::type).toList());
        assertTrue(lines.get(2).tokens().contains(new JsonLines.Token(JsonLines.TokenType.NUMBER, "-12.5")));
        assertTrue(lines.get(3).tokens().contains(new JsonLines.Token(JsonLines.TokenType.LITERAL, "true")));
        assertTrue(lines.get(6).tokens().contains(new JsonLines.Token(JsonLines.TokenType.STRING, "\"a \\\"b\\\"\"")));
    }

    @Test
    void findsEveryMatchIgnoringCaseWithItsLineAndColumns() throws Exception {
        List<JsonLines.Line> lines = JsonLines.lines(JSON.readTree(
                "{\"failure\":\"Request Timed out\",\"other\":\"timed out, timed out\"}"));

        List<JsonLines.Match> matches = JsonLines.find(lines, "timed OUT");

        assertEquals(3, matches.size());
        assertEquals(new JsonLines.Match(1, 22, 31), matches.get(0));
        assertEquals(2, matches.get(1).line());
        assertTrue(JsonLines.find(lines, "").isEmpty());
        assertTrue(JsonLines.find(lines, "absent").isEmpty());
    }
}
