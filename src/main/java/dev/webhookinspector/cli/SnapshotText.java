package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Metric;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.ProviderDescriptor;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The default {@code --format text}: a health line first, then fields, failures and metrics. Every string from
 * the server goes through {@link #flat}, so none can move the cursor, retitle the terminal or break a column.
 */
final class SnapshotText {
    static final int MAX_FAILURES_SHOWN = 20;
    /** Extras are shown as JSON; this writer escapes bidi overrides and C1 controls as well as C0. */
    private static final com.fasterxml.jackson.databind.ObjectWriter JSON =
            new com.fasterxml.jackson.databind.ObjectMapper().writer().with(SafeText.JSON_ESCAPES);

    private SnapshotText() {}

    static String render(FetchResult result, ProviderDescriptor provider, boolean showSecrets, Instant now) {
        Snapshot s = showSecrets ? result.snapshot() : result.snapshot().masked();
        String providerName = provider.displayName();
        StringBuilder sb = new StringBuilder();
        sb.append(verdictLine(s)).append('\n');
        sb.append(providerName).append(" webhook ").append(flat(s.id())).append('\n');
        StringBuilder fields = new StringBuilder();
        if (s.name() != null) field(fields, "Name", s.name());
        field(fields, "URL", s.url());
        if (s.status() != null) field(fields, "Status", s.status());
        if (s.lastStatusChange() != null) field(fields, "Status changed", time(s.lastStatusChange(), now));
        field(fields, provider.eventsWord(), s.events().isEmpty() ? "(none)" : String.join(", ", s.events()));
        if (s.createdAt() != null) field(fields, "Created", time(s.createdAt(), now));
        if (s.updatedAt() != null) field(fields, "Updated", time(s.updatedAt(), now));
        if (s.scope() != null) field(fields, "Scope", s.scope().field() + " " + s.scope().id());
        for (Secret secret : s.secrets()) field(fields, cap(secret.label()), showSecrets ? secret.reveal() : secret.masked());
        for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : s.extras().entrySet()) {
            // JSON as sent, its escapes already unambiguous: not doubled like a plain value's backslashes.
            fields.append(flat(e.getKey() + " (new)")).append('\t').append(SafeText.terminal(json(e.getValue()))).append('\n');
        }
        for (String u : s.unknownValues()) field(fields, "Unknown value", u);
        sb.append(aligned(fields.toString()));

        sb.append('\n');
        if (!s.failuresReported()) {
            sb.append("Failures: not reported by the ").append(providerName).append(" API\n");
        } else if (s.failures().isEmpty()) {
            sb.append("Failures: none\n");
        } else {
            int n = s.failures().size();
            sb.append("Failures: ").append(Formats.count(n))
                    .append(n > MAX_FAILURES_SHOWN ? " (most recent " + MAX_FAILURES_SHOWN + " shown; --format json has all)" : "").append('\n');
            if (!provider.reports().failuresNote().isEmpty()) sb.append("  ").append(provider.reports().failuresNote()).append('\n');
            for (Failure f : s.failures().subList(0, Math.min(n, MAX_FAILURES_SHOWN))) {
                sb.append("  ").append(f.timestamp() == null ? "(no time)              " : Formats.absolute(f.timestamp(), Formats.UTC))
                        .append("  ").append(f.code() == null ? "   " : f.code().toString()).append("  ").append(flat(oneLine(f.message()))).append('\n');
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
        sb.append('\n').append("Fetched in ").append(Formats.duration(result.duration())).append(", HTTP ").append(result.httpStatus())
                .append(", ").append(result.request().method()).append(' ').append(flat(result.request().url().toString())).append('\n');
        return sb.toString();
    }

    /** "FAILING: 7 consecutive failures; the last attempt answered HTTP 502 (status: active)" */
    static String verdictLine(Snapshot s) {
        String word = s.status() == null ? "" : " (status: " + flat(s.status()) + ")";
        return s.verdict().label().toUpperCase(Locale.ROOT) + (s.reason().isEmpty() ? "" : ": " + flat(s.reason())) + word;
    }

    /** Fields are collected as "label\tvalue" lines, then padded to the longest label. */
    private static void field(StringBuilder sb, String label, String value) {
        sb.append(flat(label)).append('\t').append(value == null ? "(none)" : flat(value)).append('\n');
    }

    /**
     * A line break or tab would break the columns and an ESC or a bidi override would command the terminal:
     * each is shown as an escape, and a backslash doubled so an escape cannot be mistaken for sent text.
     */
    static String flat(String s) {
        return SafeText.terminal(s.replace("\\", "\\\\"));
    }

    private static String json(com.fasterxml.jackson.databind.JsonNode value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return value.toString();
        }
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
        return m.value() instanceof String ? flat(m.text(now)) : m.text(now);
    }

    /** "2025-01-15 10:30:00 UTC (2 days ago)": the same words the window uses, in UTC. */
    static String time(Instant t, Instant now) {
        return Formats.withRelative(t, Formats.UTC, now);
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
