package dev.webhookinspector.cli;

import dev.webhookinspector.core.history.HistoryException;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.history.HistoryStore;
import dev.webhookinspector.core.history.Retention;
import dev.webhookinspector.core.history.WebhookKey;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the history commands share: finding a webhook's history, reading times and spans, wording store failures. */
final class HistoryArgs {
    private HistoryArgs() {}

    /** The webhook {@code ID} recorded through {@code --profile NAME}; the profile file is not read, so no key is asked for. */
    static WebhookKey find(HistoryStore store, Args args, String command) throws UsageException, FetchException {
        String id = args.requirePositional(0, "the webhook ID (webhook-inspector " + command + " ID --profile NAME)");
        String profile = args.value("profile").orElseThrow(() -> new UsageException(
                "Say which profile with --profile NAME: the history is kept per profile."));
        List<WebhookKey> keys = history(() -> store.webhooks(Optional.of(profile))).stream().filter(k -> k.webhookId().equals(id)).toList();
        if (keys.isEmpty()) {
            throw new FetchException(ProblemKind.NOT_FOUND, "No history of " + SafeText.terminal(id) + " under the profile \""
                    + SafeText.terminal(profile) + "\" yet: webhook-inspector get " + SafeText.terminal(id) + " --profile "
                    + SafeText.terminal(profile) + " records one");
        }
        return keys.getFirst();
    }

    static Instant time(Args args, String option, Instant fallback, Instant now) throws UsageException {
        Optional<String> v = args.value(option);
        if (v.isEmpty()) return fallback;
        return Retention.parseTime(v.get(), now).orElseThrow(() -> new UsageException("--" + option
                + " takes an ISO time (2026-01-15T10:30:00Z) or a span back from now (30m, 2h, 7d, 2w), not \"" + SafeText.terminal(v.get()) + "\"."));
    }

    static Duration span(Args args, String option, Duration fallback) throws UsageException {
        Optional<String> v = args.value(option);
        if (v.isEmpty()) return fallback;
        return Retention.parseSpan(v.get()).orElseThrow(() -> new UsageException("--" + option
                + " takes a span such as 30m, 2h, 7d or 2w, not \"" + SafeText.terminal(v.get()) + "\"."));
    }

    static long size(Args args, String option, long fallback) throws UsageException {
        Optional<String> v = args.value(option);
        if (v.isEmpty()) return fallback;
        return Retention.parseSize(v.get()).orElseThrow(() -> new UsageException("--" + option
                + " takes a size such as 200MB, 512KiB or 1GB, not \"" + SafeText.terminal(v.get()) + "\"."));
    }

    interface Read<T> {
        T run() throws HistoryException;
    }

    /** A store failure is this machine's problem: exit 7, one line. */
    static <T> T history(Read<T> read) throws FetchException {
        try {
            return read.run();
        } catch (HistoryException e) {
            throw new FetchException(ProblemKind.LOCAL_FAILURE, "History: " + e.getMessage());
        }
    }

    static HistoryStore open(HistoryRecorder recorder, CliContext ctx, String command) throws FetchException {
        HistoryStore store = history(recorder::store);
        for (String w : store.warnings()) ctx.err().println("webhook-inspector " + command + ": warning: " + SafeText.terminal(w));
        return store;
    }
}
