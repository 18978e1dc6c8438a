package dev.webhookinspector.ui.inspector;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Plain-Java formatting of times and durations as the inspector shows them. */
public final class TimeFormat {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TimeFormat() {}

    /** "2025-01-15 11:30:00" in the given zone. */
    public static String local(Instant t, ZoneId zone) {
        return LOCAL.format(t.atZone(zone));
    }

    /** "2025-01-15 10:30:00.000 UTC", for tooltips. */
    public static String utc(Instant t) {
        return UTC.format(t);
    }

    /** "just now", "5 minutes ago", "3 hours ago", "yesterday", "in 2 days". */
    public static String relative(Instant t, Instant now) {
        Duration d = Duration.between(t, now);
        boolean future = d.isNegative();
        long s = Math.abs(d.toSeconds());
        if (s < 45) return future ? "in a few seconds" : "just now";
        String span;
        if (s < 90) span = "1 minute";
        else if (s < 45 * 60) span = plural(Math.round(s / 60.0), "minute");
        else if (s < 90 * 60) span = "1 hour";
        else if (s < 22 * 3600) span = plural(Math.round(s / 3600.0), "hour");
        else if (s < 36 * 3600) return future ? "tomorrow" : "yesterday";
        else if (s < 26L * 86400) span = plural(Math.max(2, Math.round(s / 86400.0)), "day");
        else if (s < 320L * 86400) span = plural(Math.max(1, Math.round(s / (30.44 * 86400))), "month");
        else span = plural(Math.max(1, Math.round(s / (365.25 * 86400))), "year");
        return future ? "in " + span : span + " ago";
    }

    /** "local (relative)": the usual cell text. */
    public static String localWithRelative(Instant t, ZoneId zone, Instant now) {
        return local(t, zone) + " (" + relative(t, now) + ")";
    }

    /** A tooltip body: local time with zone, UTC time, relative time. */
    public static String tooltip(Instant t, ZoneId zone, Instant now) {
        return local(t, zone) + " " + zone.getId() + "\n" + utc(t) + "\n" + relative(t, now);
    }

    /** "150 ms", "1.25 s", "2 min 5 s". */
    public static String millis(double ms) {
        if (ms < 1000) {
            return (ms == Math.rint(ms) ? String.valueOf((long) ms) : String.format(Locale.ROOT, "%.1f", ms)) + " ms";
        }
        if (ms < 60_000) {
            String s = String.format(Locale.ROOT, "%.2f", ms / 1000.0).replaceAll("\\.?0+$", "");
            return s + " s";
        }
        long total = Math.round(ms / 1000.0);
        return total / 60 + " min" + (total % 60 == 0 ? "" : " " + total % 60 + " s");
    }

    public static String duration(Duration d) {
        return millis(d.toNanos() / 1_000_000.0);
    }

    /** "hour", "15 minutes", "day": a bucket width as it reads after "per". */
    public static String span(Duration d) {
        long m = d.toMinutes();
        if (m < 60) return m == 1 ? "minute" : plural(m, "minute");
        if (m < 24 * 60) return m == 60 ? "hour" : plural(m / 60, "hour");
        long days = m / (24 * 60);
        return days == 1 ? "day" : days == 7 ? "week" : plural(days, "day");
    }

    static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
