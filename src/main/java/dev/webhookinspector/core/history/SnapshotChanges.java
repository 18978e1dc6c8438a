package dev.webhookinspector.core.history;

import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.FailureGroup;
import dev.webhookinspector.core.text.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed from one snapshot of a webhook to a later one: a pure function of the two, used by the window's header
 * and Fields marks, the CLI's {@code diff} and the report alike. Compare a fresh fetch through {@link RecordedSnapshot#of}.
 */
public final class SnapshotChanges {
    private SnapshotChanges() {}

    /** The changes from {@code before} to {@code after}, in the order a reader wants them: health first, then settings, then numbers. */
    public static List<Change> between(RecordedSnapshot before, RecordedSnapshot after) {
        List<Change> out = new ArrayList<>();
        if (before.verdict() != after.verdict()) {
            out.add(new Change(Change.Kind.VERDICT, "verdict", before.verdict().label(), after.verdict().label()));
        }
        text(out, Change.Kind.STATUS, "status", before.status(), after.status());
        text(out, Change.Kind.NAME, "name", before.name(), after.name());
        text(out, Change.Kind.URL, "url", before.url(), after.url());
        events(out, before.events(), after.events());
        secrets(out, before.secrets(), after.secrets());
        if (!Objects.equals(before.timeoutMs(), after.timeoutMs())) {
            out.add(new Change(Change.Kind.TIMEOUT, "timeoutMs", ms(before.timeoutMs()), ms(after.timeoutMs())));
        }
        if (!before.headers().equals(after.headers())) {
            out.add(new Change(Change.Kind.HEADERS, "headers", headers(before.headers()), headers(after.headers())));
        }
        newFailures(out, before.failures(), after.failures());
        after.counters().forEach((key, value) -> {
            Double old = before.counters().get(key);
            if (old != null && value > old) out.add(new Change(Change.Kind.COUNTER_ROSE, key, number(old), number(value)));
        });
        return List.copyOf(out);
    }

    private static void text(List<Change> out, Change.Kind kind, String field, String a, String b) {
        String x = a == null ? "" : a;
        String y = b == null ? "" : b;
        if (!x.equals(y)) out.add(new Change(kind, field, x, y));
    }

    private static void events(List<Change> out, List<String> a, List<String> b) {
        Set<String> added = new LinkedHashSet<>(b);
        a.forEach(added::remove);
        Set<String> removed = new LinkedHashSet<>(a);
        b.forEach(removed::remove);
        if (!added.isEmpty()) out.add(new Change(Change.Kind.EVENTS_ADDED, "events", "", String.join(", ", added)));
        if (!removed.isEmpty()) out.add(new Change(Change.Kind.EVENTS_REMOVED, "events", String.join(", ", removed), ""));
    }

    /** Matched by label, since a provider may keep a current and a previous secret side by side. */
    private static void secrets(List<Change> out, List<SecretFingerprint> a, List<SecretFingerprint> b) {
        Map<String, SecretFingerprint> old = new HashMap<>();
        a.forEach(s -> old.putIfAbsent(s.label(), s));
        Set<String> seen = new HashSet<>();
        for (SecretFingerprint now : b) {
            if (!seen.add(now.label())) continue;
            SecretFingerprint was = old.remove(now.label());
            String field = "secrets." + now.label();
            if (was == null) out.add(new Change(Change.Kind.SECRET_ADDED, field, "", now.shown()));
            else if (!was.hash().equals(now.hash())) out.add(new Change(Change.Kind.SECRET_ROTATED, field, was.shown(), now.shown()));
        }
        old.values().forEach(was -> out.add(new Change(Change.Kind.SECRET_REMOVED, "secrets." + was.label(), was.shown(), "")));
    }

    /** Failures in the later snapshot that the earlier did not have, by time and message: "3 (HTTP 5xx 2, Timeout 1)". */
    private static void newFailures(List<Change> out, List<Failure> a, List<Failure> b) {
        Set<List<Object>> known = new HashSet<>();
        for (Failure f : a) known.add(identity(f));
        List<Failure> fresh = b.stream().filter(f -> !known.contains(identity(f))).toList();
        if (fresh.isEmpty()) return;
        String kinds = FailureGroup.of(fresh).stream().map(g -> g.kind().label() + " " + Formats.count(g.count())).collect(Collectors.joining(", "));
        out.add(new Change(Change.Kind.NEW_FAILURES, "failures", "", Formats.count(fresh.size()) + " (" + kinds + ")"));
    }

    private static List<Object> identity(Failure f) {
        return java.util.Arrays.asList(f.timestamp(), f.message());
    }

    private static String ms(Long v) {
        return v == null ? "" : Formats.millis(v);
    }

    private static String headers(Map<String, String> h) {
        return h.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Formats.count((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
