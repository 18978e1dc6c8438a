package dev.webhookinspector.core.text;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How every front end writes times, counts, durations and sizes: the command line and the window call
 * the same functions, so "2 days ago" and "10,000" read the same everywhere.
 */
public final class Formats {
    /** What the command line shows times in; the window shows the local zone. */
    public static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH);
    private static final DateTimeFormatter PRECISE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS zzz", Locale.ENGLISH);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss zzz", Locale.ENGLISH);

    private Formats() {}

    /** "2025-01-15 11:30:00 CET": always with its zone, so a pasted time is never ambiguous. */
    public static String absolute(Instant t, ZoneId zone) {
        return ABSOLUTE.format(zoned(t, zone));
    }

    /** "2025-01-15 10:30:00.000 UTC", for tooltips and copies. */
    public static String precise(Instant t, ZoneId zone) {
        return PRECISE.format(zoned(t, zone));
    }

    /** "11:30:00 CET": a time of day for a status bar, where the date is today's. */
    /** "Dec 1 07:45": for table columns and chart axes, where the full form (with year and zone) is on hover. */
    public static String compact(Instant t, ZoneId zone) {
        return COMPACT.format(zoned(t, zone));
    }

    public static String clock(Instant t, ZoneId zone) {
        return CLOCK.format(zoned(t, zone));
    }

    /** "2025-01-15 11:30:00 CET (2 days ago)": the usual way a time is shown. */
    public static String withRelative(Instant t, ZoneId zone, Instant now) {
        return absolute(t, zone) + " (" + relative(t, now) + ")";
    }

    /** A tooltip body: local time, UTC time, relative time, one per line. */
    public static String tooltip(Instant t, ZoneId zone, Instant now) {
        return precise(t, zone) + "\n" + precise(t, UTC) + "\n" + relative(t, now);
    }

    private static ZonedDateTime zoned(Instant t, ZoneId zone) {
        // ZoneOffset.UTC would print as "Z"; the region id prints as "UTC".
        return t.atZone(zone.equals(ZoneOffset.UTC) ? UTC : zone);
    }

    /** "just now", "5 minutes ago", "3 hours ago", "yesterday", "45 days ago", "in 2 days". */
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
        else if (s < 60L * 86400) span = plural(Math.max(2, Math.round(s / 86400.0)), "day");
        else if (s < 320L * 86400) span = plural(Math.max(2, Math.round(s / (30.44 * 86400))), "month");
        else span = plural(Math.max(1, Math.round(s / (365.25 * 86400))), "year");
        return future ? "in " + span : span + " ago";
    }

    /** "10,000": digits grouped in threes, the same in every locale so output can be compared. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace('\u00a0', ',');
    }

    /** "1 failure", "10,000 failures". */
    public static String count(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
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

    /** A measured duration: whole milliseconds, since fractions of one are noise here. */
    public static String duration(Duration d) {
        return millis(d.toMillis());
    }

    /** "hour", "15 minutes", "day": a bucket width as it reads after "per". */
    public static String span(Duration d) {
        long m = d.toMinutes();
        if (m < 60) return m == 1 ? "minute" : plural(m, "minute");
        if (m < 24 * 60) return m == 60 ? "hour" : plural(m / 60, "hour");
        long days = m / (24 * 60);
        return days == 1 ? "day" : days == 7 ? "week" : plural(days, "day");
    }

    /** "40 seconds", "7 minutes", "3 hours": a length of time as people say it, whole units. */
    public static String length(Duration d) {
        long s = d.toSeconds();
        if (s < 60) return plural(s, "second");
        if (s < 2 * 3600) return plural(s / 60, "minute");
        return plural(s / 3600, "hour");
    }

    /** "512 bytes", "16 MiB", "1.5 GiB". */
    public static String size(long bytes) {
        if (bytes < 1024) return count(bytes, "byte");
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String n = String.format(Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
        return n + " " + units[u];
    }

    /** "30 s", "2.5 s": a setting in seconds as people type it. */
    public static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.1f", s)) + " s";
    }

    /**
     * "hooks.example.com", or "hooks.example.com:8443": where a webhook delivers, for a column. Text that is no
     * URL with a host is given back as it is, so a broken URL is seen rather than hidden.
     */
    public static String host(String url) {
        if (url == null) return "";
        try {
            java.net.URI u = new java.net.URI(url.strip());
            if (u.getHost() != null) return u.getPort() == -1 ? u.getHost() : u.getHost() + ":" + u.getPort();
        } catch (java.net.URISyntaxException notAUrl) {
            // Shown as sent, below.
        }
        return url;
    }

    public static String plural(long n, String unit) {
        return count(n) + " " + unit + (n == 1 ? "" : "s");
    }
}
