package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.list.WebhookList;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code list}: every webhook of an account, one line each, or a JSON array of what get prints. */
final class ListCommand implements Command {
    private static final Set<String> FLAGS = Set.of("show-secrets", "fail-on-unhealthy", HistoryHook.FLAG);
    private final WebhookLister lister;

    ListCommand() {
        this(new WebhookLister());
    }

    ListCommand(WebhookLister lister) {
        this.lister = lister;
    }

    @Override public String name() { return "list"; }

    @Override public String summary() { return "list every webhook of an account with its verdict"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector list (--provider %s | --profile NAME) [options]

                Lists every webhook of the account in the provider's order, one line each: name,
                ID, verdict, the time of the last failure and the host it delivers to. Pages are
                followed to the end, up to %s webhooks. v0 lists IDs only, so each of its hooks
                is then fetched by ID, %d at a time.
                The API key comes from the environment variable %s, or from the
                profile given with --profile; it is never taken as an argument.

                Options:
                %s  --format text|json     output format (default text); json is an array of the
                                         objects get --format json prints, without raw
                  --status V[,V...]      show only webhooks with these verdicts: %s
                  --timeout SECONDS      a deadline for each request (default %s)
                  --show-secrets         print webhook secrets unmasked (json)
                  --fail-on-unhealthy    exit 8 when a webhook shown is %s
                %s
                A list that stops early (a page fails, a next page on another host) prints what it
                loaded, then the error on stderr, and exits with the error's code.

                %s""".formatted(Providers.ids(), Formats.count(WebhookLister.MAX_WEBHOOKS), WebhookLister.DETAIL_CONCURRENCY,
                CliContext.API_KEY_VARIABLE, ConnectionArgs.help(), keys(), Formats.seconds(Connection.DEFAULT_TIMEOUT),
                GetCommand.verdicts(true), HistoryHook.HELP, ExitCodeText.table());
    }

    /** "healthy, failing, paused, ...": what --status takes, from the verdict table. */
    private static String keys() {
        return Arrays.stream(Verdict.values()).map(Verdict::key).collect(Collectors.joining(", "));
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, ProfileException, FetchException {
        Args args = Args.parse(rawArgs, ConnectionArgs.valued("format", "status"), FLAGS);
        args.noMorePositionalsThan(0);
        String format = args.choice("format", "text", "json");
        Set<Verdict> wanted = statuses(args);
        Connection connection = ConnectionArgs.resolve(args, ctx, name());
        WebhookList list = lister.list(connection);
        List<FetchResult> shown = list.webhooks().stream()
                .filter(r -> wanted.isEmpty() || wanted.contains(r.snapshot().verdict())).toList();
        // Nothing loaded is an error like get's; something loaded is printed first, whatever stopped the rest.
        if (list.problem().isPresent() && list.webhooks().isEmpty()) throw new FetchException(list.problem().get());
        if (format.equals("json")) {
            ctx.out().println(SnapshotJson.renderList(shown, args.flag("show-secrets")));
        } else {
            if (!shown.isEmpty()) ctx.out().print(ListText.table(shown) + "\n");
            ctx.out().print(ListText.footer(list, shown.size(), wanted));
        }
        ctx.out().flush();
        // Every webhook loaded is recorded, also those --status hides: the history is of the account, not of a view.
        HistoryHook.record(args, ctx, name(), list.webhooks());
        if (list.problem().isPresent()) throw new FetchException(list.problem().get());
        if (list.cut()) {
            ctx.err().println(SafeText.terminal("webhook-inspector list: the account has more than " + Formats.count(list.cap())
                    + " webhooks; only the first " + Formats.count(list.cap()) + " are listed."));
        }
        boolean unhealthy = shown.stream().anyMatch(r -> r.snapshot().verdict().isUnhealthy());
        return args.flag("fail-on-unhealthy") && unhealthy ? ExitCode.UNHEALTHY.code() : ExitCode.OK.code();
    }

    /** {@code --status failing,paused}: verdict keys, as get's JSON writes them; none given means all. */
    private static Set<Verdict> statuses(Args args) throws UsageException {
        Set<Verdict> wanted = EnumSet.noneOf(Verdict.class);
        if (args.value("status").isEmpty()) return wanted;
        for (String word : args.value("status").get().split(",", -1)) {
            String key = word.strip().toLowerCase(Locale.ROOT);
            Verdict v = Arrays.stream(Verdict.values()).filter(x -> x.key().equals(key)).findFirst()
                    .orElseThrow(() -> new UsageException("--status takes one or more of " + keys() + ", separated by commas, not \""
                            + SafeText.terminal(word.strip()) + "\"."));
            wanted.add(v);
        }
        return wanted;
    }
}
