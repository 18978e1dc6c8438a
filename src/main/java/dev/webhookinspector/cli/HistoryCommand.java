package dev.webhookinspector.cli;

import dev.webhookinspector.core.history.HistoryJson;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.history.HistorySettings;
import dev.webhookinspector.core.history.HistoryStore;
import dev.webhookinspector.core.history.Retention;
import dev.webhookinspector.core.history.WebhookHistory;
import dev.webhookinspector.core.history.WebhookKey;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code history}: a webhook's recorded timeline and failure log, and the store's upkeep (prune, clear, on, off). */
final class HistoryCommand implements Command {
    static final Duration DEFAULT_SINCE = Duration.ofDays(7);

    @Override public String name() { return "history"; }

    @Override public String label(List<String> args) {
        return !args.isEmpty() && List.of("prune", "clear", "on", "off").contains(args.getFirst()) ? "history " + args.getFirst() : name();
    }

    @Override public String summary() { return "show a webhook's recorded verdicts, changes and failures"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector history ID --profile NAME [--since 7d] [--format text|json]
                       webhook-inspector history prune [--older-than 90d] [--max-size 200MB]
                       webhook-inspector history clear (ID --profile NAME | --profile NAME | --all)
                       webhook-inspector history off|on --profile NAME

                Every get and list through a profile records what it fetched in a local database
                (history.db in %s, or $%s), with nothing secret in it:
                secrets only as a fingerprint, keys never. history ID shows the timeline of verdicts
                and failure counts, what changed from fetch to fetch, and the failure log: each
                failure once, with when a fetch first and last saw it, kept after the provider
                has dropped it.

                Options:
                  --profile NAME         the profile the webhook was fetched through
                  --since T              from T: a span back from now (30m, 2h, 7d, 2w) or an ISO
                                         time (default 7d)
                  --format text|json     output format (default text)
                  --older-than SPAN      prune: delete what is older (default: history.json's maxAge, else 90d)
                  --max-size SIZE        prune: then delete the oldest until the file fits (default:
                                         history.json's maxSize, else 200MB)
                  --all                  clear: every profile's history

                off and on switch recording for one profile, in history.json next to the database;
                get and list also take --no-history for one run. The history is pruned to its limits
                once a day when it is opened.

                %s""".formatted(dataDirHint(), ProfileServices.HOME_VARIABLE, ExitCodeText.table());
    }

    private static String dataDirHint() {
        return "$XDG_DATA_HOME/webhook-inspector or ~/.local/share/webhook-inspector on Linux, ~/Library/Application Support/"
                + "Webhook Inspector on macOS,\n%LOCALAPPDATA%\\Webhook Inspector on Windows";
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, FetchException {
        Args args = Args.parse(rawArgs, Set.of("profile", "since", "format", "older-than", "max-size"), Set.of("all"));
        String first = args.positionals().isEmpty() ? "" : args.positionals().getFirst();
        Instant now = Instant.now();
        try (HistoryRecorder recorder = HistoryRecorder.forEnvironment(ctx.env())) {
            return switch (first) {
                case "prune" -> prune(args, ctx, recorder, now);
                case "clear" -> clear(args, ctx, recorder);
                case "on", "off" -> toggle(args, ctx, recorder, first.equals("on"));
                default -> show(args, ctx, recorder, now);
            };
        }
    }

    private int show(Args args, CliContext ctx, HistoryRecorder recorder, Instant now) throws UsageException, FetchException {
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        Instant since = HistoryArgs.time(args, "since", now.minus(DEFAULT_SINCE), now);
        HistoryStore store = HistoryArgs.open(recorder, ctx, name());
        WebhookKey key = HistoryArgs.find(store, args, name());
        WebhookHistory h = HistoryArgs.history(() -> WebhookHistory.load(store, key, since));
        ctx.out().print(format.equals("json") ? Reports.json(HistoryJson.history(h)) + "\n" : HistoryText.history(h, now));
        return ExitCode.OK.code();
    }

    private int prune(Args args, CliContext ctx, HistoryRecorder recorder, Instant now) throws UsageException, FetchException {
        args.noMorePositionalsThan(1);
        Retention configured = HistorySettings.read(recorder.dir()).retention();
        Retention r = new Retention(HistoryArgs.span(args, "older-than", configured.maxAge()), HistoryArgs.size(args, "max-size", configured.maxBytes()));
        HistoryStore store = HistoryArgs.open(recorder, ctx, "history prune");
        HistoryStore.PruneResult p = HistoryArgs.history(() -> store.prune(r, now));
        ctx.out().println("Pruned " + Formats.count(p.snapshots()) + " snapshots and " + Formats.count(p.failures()) + " failures; "
                + Formats.size(p.bytesBefore()) + " before, " + Formats.size(p.bytesAfter()) + " now.");
        return ExitCode.OK.code();
    }

    private int clear(Args args, CliContext ctx, HistoryRecorder recorder) throws UsageException, FetchException {
        args.noMorePositionalsThan(2);
        Optional<String> profile = args.value("profile");
        boolean all = args.flag("all");
        if (all == profile.isPresent()) throw new UsageException("Say what to clear: ID --profile NAME, --profile NAME, or --all.");
        HistoryStore store = HistoryArgs.open(recorder, ctx, "history clear");
        Optional<WebhookKey> webhook = Optional.empty();
        if (args.positionals().size() > 1) {
            Args rest = Args.parse(List.of(args.positionals().get(1), "--profile", profile.orElse("")), Set.of("profile"), Set.of());
            webhook = Optional.of(HistoryArgs.find(store, rest, "history clear"));
        }
        Optional<WebhookKey> w = webhook;
        int n = HistoryArgs.history(() -> store.clear(profile, w));
        ctx.out().println("Cleared " + Formats.count(n) + " snapshots" + (w.isPresent() ? " of " + SafeText.terminal(w.get().webhookId()) : "")
                + (profile.isPresent() ? " under the profile \"" + SafeText.terminal(profile.get()) + "\"" : "") + ".");
        return ExitCode.OK.code();
    }

    private int toggle(Args args, CliContext ctx, HistoryRecorder recorder, boolean on) throws UsageException, FetchException {
        args.noMorePositionalsThan(1);
        String profile = args.value("profile").orElseThrow(() -> new UsageException("Say which profile with --profile NAME."));
        HistoryArgs.history(() -> {
            HistorySettings.setEnabled(recorder.dir(), profile, on);
            return null;
        });
        ctx.out().println("History " + (on ? "on" : "off") + " for the profile \"" + SafeText.terminal(profile) + "\""
                + (on ? "." : "; what was recorded stays until history clear --profile " + SafeText.terminal(profile) + "."));
        return ExitCode.OK.code();
    }
}
