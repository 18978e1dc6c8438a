package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.list.WebhookList;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.text.Formats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code list}'s text output: one aligned line per webhook, then what the list held. Every cell from a server goes
 * through {@link SnapshotText#flat}, so none can move the cursor or break a column.
 */
final class ListText {
    /** Names are the provider's free text; a longer one would push every other column off the screen. */
    static final int MAX_NAME = 40;

    private ListText() {}

    /** The header and one line per webhook; the name column is left out when no webhook has a name (Ultravox). */
    static String table(List<FetchResult> rows) {
        boolean names = rows.stream().anyMatch(r -> r.snapshot().name() != null && !r.snapshot().name().isBlank());
        List<List<String>> cells = new ArrayList<>();
        cells.add(names ? List.of("NAME", "ID", "VERDICT", "LAST FAILURE", "HOST") : List.of("ID", "VERDICT", "LAST FAILURE", "HOST"));
        for (FetchResult r : rows) {
            Snapshot s = r.snapshot();
            List<String> line = new ArrayList<>();
            if (names) line.add(cut(s.name() == null ? "" : SnapshotText.flat(s.name()), MAX_NAME));
            line.add(SnapshotText.flat(s.id()));
            line.add(s.verdict().label());
            line.add(lastFailure(s));
            line.add(s.url() == null || s.url().isBlank() ? "(none)" : SnapshotText.flat(Formats.host(s.url())));
            cells.add(line);
        }
        return aligned(cells);
    }

    /** "2026-11-30 10:00:00 UTC", or why there is no time: none yet, or the provider does not say. */
    static String lastFailure(Snapshot s) {
        if (!s.failuresReported()) return "not reported";
        if (s.failures().isEmpty()) return "none";
        return s.lastFailureAt().map(t -> Formats.absolute(t, Formats.UTC)).orElse("(no time)");
    }

    /**
     * "30 webhooks: 24 healthy, 3 failing, 3 health unknown", how the list ended when it did not, and how many a
     * --status filter kept.
     */
    static String footer(WebhookList list, int shown, Collection<Verdict> filter) {
        int n = list.webhooks().size();
        StringBuilder sb = new StringBuilder();
        if (n == 0) {
            sb.append("No webhooks.");
        } else {
            String what = Formats.count(n, "webhook");
            if (list.isPartial()) what += " loaded before the list stopped";
            else if (list.cut()) what = "The first " + what + "; the account has more";
            sb.append(what).append(": ").append(counts(list)).append('.');
        }
        sb.append('\n');
        if (!filter.isEmpty() && n > 0) {
            sb.append(Formats.count(shown)).append(" shown with --status ")
                    .append(filter.stream().map(Verdict::key).collect(Collectors.joining(","))).append(".\n");
        }
        return sb.toString();
    }

    /** "24 healthy, 3 failing", in the verdict table's order. */
    private static String counts(WebhookList list) {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        list.webhooks().forEach(r -> byVerdict.merge(r.snapshot().verdict(), 1, Integer::sum));
        return byVerdict.entrySet().stream().map(e -> Formats.count(e.getValue()) + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /** Columns padded to their widest cell, two spaces apart; the last is not padded, so no line ends in spaces. */
    private static String aligned(List<List<String>> rows) {
        int columns = rows.getFirst().size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) width[c] = Math.max(width[c], row.get(c).length());
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                sb.append(cell);
                if (c < columns - 1) sb.append(" ".repeat(width[c] - cell.length() + 2));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
