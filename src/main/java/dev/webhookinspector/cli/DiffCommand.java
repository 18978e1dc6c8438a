package dev.webhookinspector.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.history.Change;
import dev.webhookinspector.core.history.HistoryJson;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.history.HistoryStore;
import dev.webhookinspector.core.history.RecordedSnapshot;
import dev.webhookinspector.core.history.SnapshotChanges;
import dev.webhookinspector.core.history.WebhookKey;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.text.Formats;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code diff ID}: what changed between two recorded snapshots, by default the last two. */
final class DiffCommand implements Command {
    @Override public String name() { return "diff"; }

    @Override public String summary() { return "show what changed between two recorded snapshots of a webhook"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector diff ID --profile NAME [--from T] [--to T] [--format text|json]

                Compares two snapshots from the local history (see history --help): verdict, status,
                name, URL, events added and removed, secrets rotated (by fingerprint), timeout,
                headers, new failures (count and kinds) and counters that rose.

                Options:
                  --profile NAME         the profile the webhook was fetched through
                  --from T               the snapshot recorded at or before T (default: the one
                                         before --to); T is an ISO time or a span back (2h, 7d)
                  --to T                 the snapshot recorded at or before T (default: the newest)
                  --format text|json     output format (default text)

                %s""".formatted(ExitCodeText.table());
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, FetchException {
        Args args = Args.parse(rawArgs, Set.of("profile", "from", "to", "format"), Set.of());
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        Instant now = Instant.now();
        try (HistoryRecorder recorder = HistoryRecorder.forEnvironment(ctx.env())) {
            HistoryStore store = HistoryArgs.open(recorder, ctx, name());
            WebhookKey key = HistoryArgs.find(store, args, name());
            Optional<String> fromArg = args.value("from");
            Instant to = HistoryArgs.time(args, "to", Instant.ofEpochMilli(Long.MAX_VALUE), now);
            RecordedSnapshot after = HistoryArgs.history(() -> store.at(key, to)).orElseThrow(() -> none("--to"));
            RecordedSnapshot before;
            if (fromArg.isPresent()) {
                Instant from = HistoryArgs.time(args, "from", now, now);
                before = HistoryArgs.history(() -> store.at(key, from)).orElseThrow(() -> none("--from"));
            } else {
                List<RecordedSnapshot> two = HistoryArgs.history(() -> store.latestBefore(key, after, 1));
                if (two.isEmpty()) {
                    throw new FetchException(ProblemKind.NOT_FOUND, "Only one snapshot is recorded (" + Formats.absolute(after.fetchedAt(), Formats.UTC)
                            + "): fetch the webhook again to have two to compare");
                }
                before = two.getFirst();
            }
            List<Change> changes = SnapshotChanges.between(before, after);
            if (format.equals("json")) {
                ObjectNode root = HistoryJson.JSON_FACTORY.objectNode();
                root.set("webhook", HistoryJson.key(key));
                HistoryJson.put(root, "from", before.fetchedAt());
                HistoryJson.put(root, "to", after.fetchedAt());
                root.set("changes", HistoryJson.changes(changes));
                ctx.out().println(Reports.json(root));
            } else {
                ctx.out().print(HistoryText.diff(before, after, changes));
            }
            return ExitCode.OK.code();
        }
    }

    private static FetchException none(String option) {
        return new FetchException(ProblemKind.NOT_FOUND, "No snapshot is recorded at or before " + option + "; history ID --profile NAME lists them");
    }
}
