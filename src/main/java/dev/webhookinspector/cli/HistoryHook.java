package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.text.SafeText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How {@code get} and {@code list} record what they fetched: only through a profile (history is kept per profile),
 * not with {@code --no-history}, silently on success, and a store failure is one warning line that changes neither
 * the output nor the exit code.
 */
final class HistoryHook {
    static final String FLAG = "no-history";
    static final String HELP = "  --no-history           do not record this fetch in the local history (see history --help)\n";

    private HistoryHook() {}

    static void record(Args args, CliContext ctx, String command, List<FetchResult> results) {
        if (args.flag(FLAG) || args.value("profile").isEmpty() || results.isEmpty()) return;
        String profile = args.value("profile").get();
        Set<String> warnings = new LinkedHashSet<>();
        try (HistoryRecorder recorder = HistoryRecorder.forEnvironment(ctx.env())) {
            for (FetchResult r : results) warnings.addAll(recorder.record(profile, r).warnings());
        }
        for (String w : warnings) ctx.err().println("webhook-inspector " + command + ": warning: " + SafeText.terminal(w));
    }
}
