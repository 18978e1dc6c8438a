package dev.webhookinspector.core.history;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much history to keep: nothing older than {@code maxAge}, and no more than {@code maxBytes} on disk (the oldest
 * go first). The parsers here read what the command line and a settings file say ("90d", "200MB", "2h").
 */
public record Retention(Duration maxAge, long maxBytes) {
    public static final Retention DEFAULT = new Retention(Duration.ofDays(90), 200L * 1000 * 1000);

    private static final Pattern SPAN = Pattern.compile("(\\d{1,6})\\s*(m|h|d|w)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*(b|kb|mb|gb|kib|mib|gib)?");

    /** "30m", "2h", "7d", "2w"; empty when the text is none of these. */
    public static Optional<Duration> parseSpan(String text) {
        Matcher m = SPAN.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        long n = Long.parseLong(m.group(1));
        return Optional.of(switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        });
    }

    /** "200MB", "512KiB", "1GB", a bare number of bytes; empty when it is none of these. */
    public static Optional<Long> parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return Optional.of(n * switch (unit) {
            case "kb" -> 1000L;
            case "mb" -> 1000L * 1000;
            case "gb" -> 1000L * 1000 * 1000;
            case "kib" -> 1024L;
            case "mib" -> 1024L * 1024;
            case "gib" -> 1024L * 1024 * 1024;
            default -> 1L;
        });
    }

    /** A point in time as the command line takes it: ISO-8601 ("2026-01-15T10:30:00Z") or a span back from now ("2h", "7d"). */
    public static Optional<Instant> parseTime(String text, Instant now) {
        Optional<Duration> back = parseSpan(text);
        if (back.isPresent()) return Optional.of(now.minus(back.get()));
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
