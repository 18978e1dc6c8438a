package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.history.Change;
import dev.webhookinspector.core.history.HistoryException;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.history.WebhookHistory;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.report.Report;
import dev.webhookinspector.core.report.ReportHtml;
import dev.webhookinspector.core.report.ReportJson;
import dev.webhookinspector.core.report.ReportMarkdown;
import dev.webhookinspector.core.text.SafeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code report ID}: fetches the webhook now and writes a shareable report with its history, nothing secret in it. */
final class ReportCommand implements Command {
    private final WebhookFetcher fetcher;

    ReportCommand() {
        this(new HttpWebhookFetcher());
    }

    ReportCommand(WebhookFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override public String name() { return "report"; }

    @Override public String summary() { return "write a report to share: verdict, fields, failures, trend, request"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector report ID --profile NAME --format md|html|json [--since 7d] [--out FILE]

                Fetches the webhook now (and records it, as get does), then writes a report to paste
                into an issue or attach to a ticket: verdict and reason, fields, events, masked
                secrets, failures grouped by kind with counts and first and last seen, the trend
                from the local history, what changed since the fetch before, and the exact request
                as cURL with the key as $%s. Secrets are masked in every
                format and the key never appears. html is one self-contained file with the chart
                inline, readable in light and dark; md pastes into a GitHub issue.

                Options:
                %s  --format md|html|json  report format (required)
                  --since T              the history from T: a span back (2h, 7d, 2w) or an ISO time
                                         (default 7d)
                  --out FILE             write to FILE instead of standard output
                  --timeout SECONDS      a deadline for the fetch
                %s
                %s""".formatted(CliContext.API_KEY_VARIABLE, ConnectionArgs.help(), HistoryHook.HELP, ExitCodeText.table());
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, ProfileException, FetchException {
        Args args = Args.parse(rawArgs, ConnectionArgs.valued("format", "since", "out"), Set.of(HistoryHook.FLAG));
        String id = args.requirePositional(0, "the webhook ID (webhook-inspector report ID --profile NAME --format md)");
        args.noMorePositionalsThan(1);
        if (args.value("format").isEmpty()) throw new UsageException("Say which format with --format md, html or json.");
        String format = args.choice("format", "md", "html", "json");
        Instant now = Instant.now();
        Instant since = HistoryArgs.time(args, "since", now.minus(HistoryCommand.DEFAULT_SINCE), now);
        Connection connection = ConnectionArgs.resolve(args, ctx, name());
        FetchResult result = fetcher.fetch(connection, id);

        Optional<WebhookHistory> history = Optional.empty();
        List<Change> changes = List.of();
        Optional<String> profile = args.value("profile");
        if (profile.isPresent() && !args.flag(HistoryHook.FLAG)) {
            try (HistoryRecorder recorder = HistoryRecorder.forEnvironment(ctx.env())) {
                HistoryRecorder.Outcome outcome = recorder.record(profile.get(), result);
                for (String w : outcome.warnings()) ctx.err().println("webhook-inspector report: warning: " + SafeText.terminal(w));
                changes = outcome.changes();
                if (recorder.enabled(profile.get())) {
                    try {
                        history = Optional.of(WebhookHistory.load(recorder.store(), outcome.current().key(), since));
                    } catch (HistoryException e) {
                        ctx.err().println("webhook-inspector report: warning: the report has no history: " + SafeText.terminal(e.getMessage()));
                    }
                }
            }
        }
        Report report = Report.of(result, history, changes, now);
        String text = switch (format) {
            case "md" -> ReportMarkdown.render(report);
            case "html" -> ReportHtml.render(report);
            default -> Reports.json(ReportJson.render(report)) + "\n";
        };
        Optional<String> out = args.value("out");
        if (out.isEmpty()) {
            ctx.out().print(text);
            ctx.out().flush();
            return ExitCode.OK.code();
        }
        try {
            Files.writeString(Path.of(out.get()), text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new FetchException(ProblemKind.LOCAL_FAILURE, "Could not write the report to " + SafeText.terminal(out.get()));
        }
        ctx.err().println("Report written to " + SafeText.terminal(out.get()));
        return ExitCode.OK.code();
    }
}
