package dev.webhookinspector.core.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * All failures of one kind: how many, when first and last seen, and the message seen most often.
 *
 * @param firstSeen null when none of them carries a time
 * @param commonMessage the most frequent message, for a one-line "why"
 */
public record FailureGroup(FailureKind kind, int count, Instant firstSeen, Instant lastSeen, String commonMessage) {

    /** Groups by {@link FailureKind#classify}, biggest group first. */
    public static List<FailureGroup> of(List<Failure> failures) {
        return of(failures, f -> f, FailureKind.cached());
    }

    /** Groups items that already know their failure and kind, so callers can classify once. */
    public static <T> List<FailureGroup> of(List<T> items, Function<T, Failure> failure, Function<T, FailureKind> kind) {
        Map<FailureKind, Acc> byKind = new EnumMap<>(FailureKind.class);
        for (T item : items) {
            byKind.computeIfAbsent(kind.apply(item), k -> new Acc()).add(failure.apply(item));
        }
        List<FailureGroup> groups = new ArrayList<>();
        byKind.forEach((k, acc) -> groups.add(acc.toGroup(k)));
        groups.sort(Comparator.comparingInt(FailureGroup::count).reversed().thenComparing(FailureGroup::kind));
        return List.copyOf(groups);
    }

    private static final class Acc {
        int count;
        Instant first;
        Instant last;
        final Map<String, Integer> messages = new HashMap<>();

        void add(Failure f) {
            count++;
            Instant t = f.timestamp();
            if (t != null) {
                if (first == null || t.isBefore(first)) first = t;
                if (last == null || t.isAfter(last)) last = t;
            }
            messages.merge(f.message(), 1, Integer::sum);
        }

        FailureGroup toGroup(FailureKind kind) {
            String common = messages.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse("");
            return new FailureGroup(kind, count, first, last, common);
        }
    }
}
