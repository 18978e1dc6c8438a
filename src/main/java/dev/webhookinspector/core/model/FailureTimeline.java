package dev.webhookinspector.core.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Failures counted per kind in equal time buckets, ready to chart. The bucket size is the smallest
 * round size (a minute up to a month) that keeps the count of buckets under a limit, so 10,000
 * failures become a few dozen bars instead of 10,000 points.
 *
 * @param bucketSize the width of every bucket
 * @param buckets consecutive, oldest first, empty ones included so the time axis stays linear
 * @param untimed failures that carry no time and so appear in no bucket
 */
public record FailureTimeline(Duration bucketSize, List<Bucket> buckets, int untimed) {
    static final List<Duration> SIZES = List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12),
            Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

    public FailureTimeline {
        buckets = List.copyOf(buckets);
    }

    /** One time slot: its start and how many failures of each kind fell in it. */
    public record Bucket(Instant start, Map<FailureKind, Integer> counts) {
        public Bucket {
            EnumMap<FailureKind, Integer> copy = new EnumMap<>(FailureKind.class);
            copy.putAll(counts);
            counts = Collections.unmodifiableMap(copy);
        }

        public int count(FailureKind kind) { return counts.getOrDefault(kind, 0); }

        public int total() { return counts.values().stream().mapToInt(Integer::intValue).sum(); }
    }

    public boolean isEmpty() { return buckets.isEmpty(); }

    public int maxTotal() { return buckets.stream().mapToInt(Bucket::total).max().orElse(0); }

    public static FailureTimeline of(List<Failure> failures, int maxBuckets, ZoneId zone) {
        return of(failures, Failure::timestamp, FailureKind.cached(), maxBuckets, zone);
    }

    /**
     * @param zone buckets of an hour or more start on the hour (or midnight) of this zone
     */
    public static <T> FailureTimeline of(List<T> items, Function<T, Instant> time, Function<T, FailureKind> kind,
                                         int maxBuckets, ZoneId zone) {
        if (maxBuckets < 1) throw new IllegalArgumentException("maxBuckets must be at least 1");
        Instant min = null;
        Instant max = null;
        int untimed = 0;
        for (T item : items) {
            Instant t = time.apply(item);
            if (t == null) { untimed++; continue; }
            if (min == null || t.isBefore(min)) min = t;
            if (max == null || t.isAfter(max)) max = t;
        }
        if (min == null) return new FailureTimeline(Duration.ofHours(1), List.of(), untimed);

        long offset = zone.getRules().getOffset(min).getTotalSeconds();
        long size = chooseSize(min, max, offset, maxBuckets).toSeconds();
        long first = Math.floorDiv(min.getEpochSecond() + offset, size) * size - offset;
        int n = (int) ((max.getEpochSecond() - first) / size) + 1;

        int kinds = FailureKind.values().length;
        int[][] counts = new int[n][kinds];
        for (T item : items) {
            Instant t = time.apply(item);
            if (t == null) continue;
            int i = (int) ((t.getEpochSecond() - first) / size);
            counts[i][kind.apply(item).ordinal()]++;
        }
        List<Bucket> buckets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<FailureKind, Integer> byKind = new EnumMap<>(FailureKind.class);
            for (FailureKind k : FailureKind.values()) {
                if (counts[i][k.ordinal()] > 0) byKind.put(k, counts[i][k.ordinal()]);
            }
            buckets.add(new Bucket(Instant.ofEpochSecond(first + i * size), byKind));
        }
        return new FailureTimeline(Duration.ofSeconds(size), buckets, untimed);
    }

    private static Duration chooseSize(Instant min, Instant max, long offset, int maxBuckets) {
        for (Duration d : SIZES) {
            long size = d.toSeconds();
            long first = Math.floorDiv(min.getEpochSecond() + offset, size) * size - offset;
            if ((max.getEpochSecond() - first) / size + 1 <= maxBuckets) return d;
        }
        return SIZES.getLast();
    }
}
