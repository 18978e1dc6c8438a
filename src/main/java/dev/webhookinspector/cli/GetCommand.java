package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code get ID}: fetches one webhook and prints it as text or JSON. */
final class GetCommand implements Command {
    /** Read per run: the providers' options are whatever is registered now. */
    private static Set<String> valued() {
        return ConnectionArgs.valued("format");
    }
    private static final Set<String> FLAGS = Set.of("show-secrets", "fail-on-unhealthy", HistoryHook.FLAG);
    private final WebhookFetcher fetcher;

    GetCommand() {
        this(new HttpWebhookFetcher());
    }

    GetCommand(WebhookFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override public String name() { return "get"; }

    @Override public String summary() { return "fetch one webhook by ID and print it"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector get ID (--provider %s | --profile NAME) [options]

                Fetches one webhook and prints its verdict, fields, failures and metrics.
                The API key comes from the environment variable %s, or from the
                profile given with --profile; it is never taken as an argument.

                Options:
                %s  --format text|json     output format (default text)
                  --timeout SECONDS      a deadline for the whole fetch (default %s)
                  --show-secrets         print webhook secrets unmasked
                  --fail-on-unhealthy    exit 8 when the verdict is %s;
                                         exit 0 when it is %s
                %s
                %s""".formatted(Providers.ids(), CliContext.API_KEY_VARIABLE, ConnectionArgs.help(),
                Formats.seconds(Connection.DEFAULT_TIMEOUT), verdicts(true), verdicts(false), HistoryHook.HELP, ExitCodeText.table());
    }

    /** The verdicts {@code --fail-on-unhealthy} fails on (or not), from the verdict table. */
    static String verdicts(boolean unhealthy) {
        return Arrays.stream(Verdict.values()).filter(v -> v.isUnhealthy() == unhealthy)
                .map(v -> v.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, ProfileException, FetchException {
        Args args = Args.parse(rawArgs, valued(), FLAGS);
        String id = args.requirePositional(0, "the webhook ID (webhook-inspector get ID --provider P)");
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        Connection connection = ConnectionArgs.resolve(args, ctx, name());
        FetchResult result = fetcher.fetch(connection, id);
        boolean show = args.flag("show-secrets");
        ctx.out().print(format.equals("json")
                ? SnapshotJson.render(result, show) + "\n"
                : SnapshotText.render(result, connection.provider().descriptor(), show, Instant.now()));
        ctx.out().flush();
        HistoryHook.record(args, ctx, name(), List.of(result));
        if (args.flag("fail-on-unhealthy") && result.snapshot().verdict().isUnhealthy()) return ExitCode.UNHEALTHY.code();
        return ExitCode.OK.code();
    }
}
