package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Health;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The default {@code --format text}: a health line first, then fields, failures and metrics. Plain ASCII. */
final class SnapshotText {
    static final int MAX_FAILURES_SHOWN = 20;

    private SnapshotText() {}

    static String render(FetchResult result, boolean showSecrets, String providerName, Instant now) {
        Snapshot s = result.snapshot();
        StringBuilder sb = new StringBuilder();
        sb.append(healthLine(s)).append('\n');
        sb.append(providerName).append(" webhook ").append(s.id()).append('\n');
        StringBuilder head = sb;
        sb = new StringBuilder();
        if (s.name() != null) field(sb, "Name", s.name());
        field(sb, "URL", s.url());
        if (s.status() != null) field(sb, "Status", s.status());
        if (s.lastStatusChange() != null) field(sb, "Status changed", time(s.lastStatusChange(), now));
        field(sb, "Events", s.events().isEmpty() ? "(none)" : String.join(", ", s.events()));
        if (s.createdAt() != null) field(sb, "Created", time(s.createdAt(), now));
        if (s.updatedAt() != null) field(sb, "Updated", time(s.updatedAt(), now));
        if (s.scope() != null) field(sb, "Scope", s.scope().field() + " " + s.scope().id());
        for (Secret secret : s.secrets()) field(sb, cap(secret.label()), showSecrets ? secret.reveal() : secret.masked());
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : s.extras().entrySet()) {
            field(sb, e.getKey() + " (new)", e.getValue().toString());
        }
        for (String u : s.unknownValues()) field(sb, "Unknown value", u);
        head.append(aligned(sb.toString()));
        sb = head;

        sb.append('\n');
        if (!s.failuresReported()) {
            sb.append("Failures: not reported by the ").append(providerName).append(" API\n");
        } else if (s.failures().isEmpty()) {
            sb.append("Failures: none\n");
        } else {
            int n = s.failures().size();
            sb.append("Failures: ").append(n).append(n > MAX_FAILURES_SHOWN ? " (most recent " + MAX_FAILURES_SHOWN + " shown; --format json has all)" : "").append('\n');
            for (Failure f : s.failures().subList(0, Math.min(n, MAX_FAILURES_SHOWN))) {
                sb.append("  ").append(f.timestamp() == null ? "(no time)           " : utc(f.timestamp()))
                        .append("  ").append(f.code() == null ? "   " : f.code().toString()).append("  ").append(oneLine(f.message())).append('\n');
            }
        }
        sb.append('\n');
        if (!s.metricsReported()) {
            sb.append("Metrics: not reported by the ").append(providerName).append(" API\n");
        } else {
            sb.append("Metrics:\n");
            for (Metric m : s.metrics()) {
                String level = m.level() == Metric.Level.WARNING || m.level() == Metric.Level.CRITICAL
                        ? "  [" + m.level().name().toLowerCase(Locale.ROOT) + "]" : "";
                sb.append(String.format(Locale.ROOT, "  %-26s %s%s%n", m.label(), value(m, now), level));
            }
        }
        sb.append('\n').append("Fetched in ").append(result.duration().toMillis()).append(" ms, HTTP ").append(result.httpStatus())
                .append(", ").append(result.request().method()).append(' ').append(result.request().url()).append('\n');
        return sb.toString();
    }

    static String healthLine(Snapshot s) {
        String word = s.status() == null ? "" : " (status: " + s.status() + ")";
        return switch (s.health()) {
            case HEALTHY -> "HEALTHY" + word;
            case UNHEALTHY -> ("paused".equals(s.status()) ? "PAUSED" : "FAILING") + word;
            case UNKNOWN -> "HEALTH UNKNOWN" + (s.status() == null ? " (this API reports no health)" : word);
        };
    }

    /** Fields are collected as "label\tvalue" lines, then padded to the longest label. */
    private static void field(StringBuilder sb, String label, String value) {
        sb.append(label).append('\t').append(value == null ? "(none)" : value).append('\n');
    }

    private static String aligned(String tabbed) {
        String[] lines = tabbed.split("\n");
        int width = 0;
        for (String l : lines) width = Math.max(width, l.indexOf('\t'));
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            if (l.isEmpty()) continue;
            int tab = l.indexOf('\t');
            out.append("  ").append(String.format(Locale.ROOT, "%-" + width + "s", l.substring(0, tab))).append("  ").append(l.substring(tab + 1)).append('\n');
        }
        return out.toString();
    }

    private static String value(Metric m, Instant now) {
        return switch (m.value()) {
            case null -> "(none)";
            case Instant t -> time(t, now);
            case Double d when d == Math.rint(d) -> d.longValue() + suffix(m);
            default -> m.value() + suffix(m);
        };
    }

    private static String suffix(Metric m) {
        return m.unit() == null || m.unit().isEmpty() ? "" : " " + m.unit();
    }

    static String time(Instant t, Instant now) {
        return utc(t) + " (" + relative(t, now) + ")";
    }

    /** Whole seconds keep columns aligned; JSON output keeps the full precision. */
    static String utc(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    static String relative(Instant t, Instant now) {
        Duration d = Duration.between(t, now);
        boolean past = !d.isNegative();
        long s = Math.abs(d.toSeconds());
        String amount;
        if (s < 60) return past ? "just now" : "in a moment";
        else if (s < 3600) amount = plural(s / 60, "minute");
        else if (s < 86_400) amount = plural(s / 3600, "hour");
        else if (s < 86_400L * 60) amount = plural(s / 86_400, "day");
        else if (s < 86_400L * 730) amount = plural(s / (86_400L * 30), "month");
        else amount = plural(s / (86_400L * 365), "year");
        return past ? amount + " ago" : "in " + amount;
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static boolean isHealthy(Snapshot s) {
        return s.health() != Health.UNHEALTHY;
    }
}
