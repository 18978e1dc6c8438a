package dev.webhookinspector.core.text;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * Makes text from a server or a file harmless to show. A terminal obeys ESC sequences (clear the screen,
 * retitle the window, plant a link), CR and backspace overwrite what was printed, and bidi overrides make
 * text read in another order than it is stored; so each such character is shown as a visible escape instead.
 */
public final class SafeText {
    /** For JSON writers: the same characters become \\uXXXX escapes, so the document stays exact and readable. */
    public static final CharacterEscapes JSON_ESCAPES = new JsonEscapes();

    private SafeText() {}

    /**
     * "\x1b]0;pwned\x07" for ESC ] 0 ; pwned BEL, "\u202E" for RIGHT-TO-LEFT OVERRIDE. Backslashes are kept as
     * they are, so applying it twice changes nothing.
     */
    public static String terminal(String s) {
        if (s == null) return null;
        int i = 0;
        while (i < s.length() && !isUnsafe(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnsafe(c)) sb.append(c);
            else sb.append(escape(c));
        }
        return sb.toString();
    }

    /** Controls (C0, DEL, C1), bidi embeddings, overrides, isolates and marks, and the Unicode line separators. */
    public static boolean isUnsafe(int c) {
        return Character.isISOControl(c) || isBidiControl(c) || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBidiControl(int c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x100 ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.format(Locale.ROOT, "\\u%04X", (int) c);
        };
    }

    private static final class JsonEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        JsonEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override public int[] getEscapeCodesForAscii() { return ascii; }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return isUnsafe(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
        }
    }
}
