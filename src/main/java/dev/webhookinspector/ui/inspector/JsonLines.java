package dev.webhookinspector.ui.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.webhookinspector.core.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pretty-printed JSON split into lines of typed tokens, for a virtualized, colourable, searchable view. */
public final class JsonLines {
    private static final ObjectWriter PRETTY;

    static {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        // Bidi overrides and other controls as \\uXXXX, so a value cannot reorder the lines around it.
        PRETTY = new ObjectMapper().writer(printer).with(SafeText.JSON_ESCAPES);
    }

    private JsonLines() {}

    public enum TokenType { KEY, STRING, NUMBER, LITERAL, PUNCTUATION, SPACE }

    public record Token(TokenType type, String text) {}

    /** One line: its 1-based number and its text; tokens are split when the line is drawn, not for all lines up front. */
    public record Line(int number, String text) {
        /** The tokens, which concatenate to the text. */
        public List<Token> tokens() { return tokenize(text); }
    }

    /** A match of a search term: line index (0-based) and character range in that line. */
    public record Match(int line, int start, int end) {}

    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }

    public static List<Line> lines(JsonNode node) {
        if (node == null) return List.of();
        String[] texts = pretty(node).split("\n", -1);
        List<Line> out = new ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) out.add(new Line(i + 1, texts[i]));
        return out;
    }

    /** Splits one pretty-printed line; a string followed by ':' is a key. */
    static List<Token> tokenize(String line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            int j = i + 1;
            if (c == ' ') {
                while (j < n && line.charAt(j) == ' ') j++;
                out.add(new Token(TokenType.SPACE, line.substring(i, j)));
            } else if (c == '"') {
                while (j < n && line.charAt(j) != '"') j += line.charAt(j) == '\\' ? 2 : 1;
                j = Math.min(n, j + 1);
                boolean key = j < n && line.charAt(j) == ':';
                out.add(new Token(key ? TokenType.KEY : TokenType.STRING, line.substring(i, j)));
            } else if (c == '-' || Character.isDigit(c)) {
                while (j < n && "0123456789.eE+-".indexOf(line.charAt(j)) >= 0) j++;
                out.add(new Token(TokenType.NUMBER, line.substring(i, j)));
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(line.charAt(j))) j++;
                out.add(new Token(TokenType.LITERAL, line.substring(i, j)));
            } else {
                out.add(new Token(TokenType.PUNCTUATION, String.valueOf(c)));
            }
            i = j;
        }
        return out;
    }

    /** Every case-insensitive occurrence of {@code term}, in reading order. */
    public static List<Match> find(List<Line> lines, String term) {
        if (term == null || term.isEmpty()) return List.of();
        Pattern p = Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = p.matcher(lines.get(i).text());
            while (m.find()) out.add(new Match(i, m.start(), m.end()));
        }
        return out;
    }
}
