package dev.webhookinspector.core.report;

/** Escaping for HTML text and attributes; server text goes through it before it reaches a page. */
final class Html {
    private Html() {}

    static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(dev.webhookinspector.core.text.SafeText.isUnsafe(c) && c != '\n' ? "\uFFFD" : String.valueOf(c));
            }
        }
        return sb.toString();
    }
}
