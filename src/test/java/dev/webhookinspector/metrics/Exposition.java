package dev.webhookinspector.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus and OpenMetrics text formats, for tests: every line must be a HELP, a TYPE, a
 * sample of a family whose TYPE and HELP came first, or OpenMetrics' closing {@code # EOF}; label values must be escaped as the
 * formats say. Anything else fails, quoting the line.
 */
public final class Exposition {
    public record Sample(String name, Map<String, String> labels, double value) {}

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") (.*)");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|unknown|untyped|info|stateset|gaugehistogram)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(?:\\{(.*)})? (-?[0-9.eE+-]+|NaN|[+-]Inf)(?: -?[0-9.eE+-]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");

    private Exposition() {}

    public static List<Sample> parse(String text, boolean openMetrics) {
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Map<String, String> helps = new HashMap<>();
        String[] lines = text.split("\n", -1);
        if (!text.endsWith("\n")) throw new AssertionError("The exposition does not end with a line break");
        boolean eof = false;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (eof) throw new AssertionError("Text after # EOF: " + line);
            Matcher m;
            if (line.equals("# EOF") && openMetrics) {
                eof = true;
            } else if ((m = HELP.matcher(line)).matches()) {
                if (helps.put(m.group(1), m.group(2)) != null) throw new AssertionError("Two HELP lines for " + m.group(1));
            } else if ((m = TYPE.matcher(line)).matches()) {
                if (types.put(m.group(1), m.group(2)) != null) throw new AssertionError("Two TYPE lines for " + m.group(1));
            } else if ((m = SAMPLE.matcher(line)).matches()) {
                String name = m.group(1);
                String family = family(name, types);
                if (family == null) throw new AssertionError("A sample of a family without TYPE: " + line);
                if (!helps.containsKey(family)) throw new AssertionError("A sample of a family without HELP: " + line);
                samples.add(new Sample(name, labels(m.group(2) == null ? "" : m.group(2), line), Double.parseDouble(m.group(3).replace("Inf", "Infinity"))));
            } else {
                throw new AssertionError("Not a line of the text format: " + line);
            }
        }
        if (openMetrics && !eof) throw new AssertionError("OpenMetrics without # EOF");
        return samples;
    }

    private static String family(String name, Map<String, String> types) {
        if (types.containsKey(name)) return name;
        for (String suffix : List.of("_total", "_created", "_info")) {
            if (name.endsWith(suffix) && types.containsKey(name.substring(0, name.length() - suffix.length()))) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static String unescape(String v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char next = v.charAt(++i);
            sb.append(next == 'n' ? '\n' : next);
        }
        return sb.toString();
    }

    private static Map<String, String> labels(String body, String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (body.isEmpty()) return labels;
        Matcher m = LABEL.matcher(body);
        int at = 0;
        while (at < body.length()) {
            if (!m.find(at) || m.start() != at) throw new AssertionError("Badly escaped labels: " + line);
            String value = unescape(m.group(2));
            if (labels.put(m.group(1), value) != null) throw new AssertionError("A label twice: " + line);
            at = m.end();
            if (m.group(3).isEmpty()) break;
        }
        return labels;
    }
}
