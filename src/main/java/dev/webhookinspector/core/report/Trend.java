package dev.webhookinspector.core.report;

import dev.webhookinspector.core.history.RecordedSnapshot;
import dev.webhookinspector.core.text.Formats;
import java.util.List;
import java.util.Locale;

/** The trend from history drawn two ways: an inline SVG for HTML, a line of block characters for Markdown and text. */
final class Trend {
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    static final int SPARK_POINTS = 60;

    private Trend() {}

    /** "▁▁▃█▇": failure counts of the last fetches, scaled to the highest. */
    static String sparkline(List<RecordedSnapshot> timeline) {
        List<RecordedSnapshot> tail = timeline.subList(Math.max(0, timeline.size() - SPARK_POINTS), timeline.size());
        int max = tail.stream().mapToInt(RecordedSnapshot::failureCount).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (RecordedSnapshot s : tail) {
            int i = max == 0 ? 0 : (int) Math.round((BLOCKS.length() - 1) * (double) s.failureCount() / max);
            sb.append(BLOCKS.charAt(i));
        }
        return sb.toString();
    }

    /**
     * Failure counts over time as a line, each fetch a dot coloured by its verdict (classes, so the page's light and
     * dark styles colour it), with the time, verdict and count as each dot's hover title.
     */
    static String svg(List<RecordedSnapshot> timeline) {
        int w = 720, h = 200, left = 48, right = 12, top = 12, bottom = 28;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg class=\"trend\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Failure count per fetch\""
                + " xmlns=\"http://www.w3.org/2000/svg\">%n", w, h));
        if (timeline.isEmpty()) return sb.append("<text x=\"12\" y=\"100\" class=\"axis\">No history recorded yet</text></svg>").toString();
        long t0 = timeline.getFirst().fetchedAt().toEpochMilli();
        long t1 = Math.max(t0 + 1, timeline.getLast().fetchedAt().toEpochMilli());
        int max = Math.max(1, timeline.stream().mapToInt(RecordedSnapshot::failureCount).max().orElse(0));
        double pw = w - left - right, ph = h - top - bottom;
        sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n", left, h - bottom, w - right, h - bottom));
        sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n", left, top, w - right, top));
        sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 6, top + 4, Formats.count(max)));
        sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>%n", left - 6, h - bottom + 4));
        sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>%n", left, h - 8,
                Html.escape(Formats.absolute(timeline.getFirst().fetchedAt(), Formats.UTC))));
        sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", w - right, h - 8,
                Html.escape(Formats.absolute(timeline.getLast().fetchedAt(), Formats.UTC))));
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (RecordedSnapshot s : timeline) {
            double x = left + (timeline.size() == 1 ? pw / 2 : pw * (s.fetchedAt().toEpochMilli() - t0) / (t1 - t0));
            double y = top + ph - ph * s.failureCount() / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle class=\"dot %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s: %s, %s</title></circle>%n",
                    s.verdict().key(), x, y, Html.escape(Formats.absolute(s.fetchedAt(), Formats.UTC)), Html.escape(s.verdict().label()),
                    Html.escape(Formats.plural(s.failureCount(), "failure"))));
        }
        sb.append("<polyline class=\"line\" fill=\"none\" points=\"").append(points.toString().strip()).append("\"/>\n");
        return sb.append(dots).append("</svg>").toString();
    }
}
