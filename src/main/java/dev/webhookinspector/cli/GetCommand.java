package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.Network;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.model.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code get ID}: fetches one webhook and prints it as text or JSON. */
final class GetCommand implements Command {
    /** Read per run: the providers' options are whatever is registered now. */
    private static Set<String> valued() {
        return OptionFlags.with("provider", "profile", "base-url", "format", "timeout", "proxy", "ca-file");
    }
    private static final Set<String> FLAGS = Set.of("show-secrets", "fail-on-unhealthy");
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
                  --provider P           the provider: %s
                  --profile NAME         use a saved profile (provider, base URL, options and key)
                  --base-url URL         the API's base URL (default: the provider's public API);
                                         a path prefix is kept; http:// only for loopback hosts
                  --proxy URL|none       an http:// proxy for this run (HTTPS goes through it in a
                                         CONNECT tunnel); none connects directly. Default: the
                                         profile's, else %s, else HTTPS_PROXY,
                                         else the system's setting. NO_PROXY applies to all of them
                  --ca-file FILE|none    also trust the certificates in FILE (PEM); default: the
                                         profile's, else %s
                %s  --format text|json     output format (default text)
                  --timeout SECONDS      a deadline for the whole fetch (default %s)
                  --show-secrets         print webhook secrets unmasked
                  --fail-on-unhealthy    exit 8 when the verdict is %s;
                                         exit 0 when it is %s

                %s""".formatted(Providers.ids(), CliContext.API_KEY_VARIABLE, Providers.ids(), Network.PROXY_VARIABLE,
                Network.CA_FILE_VARIABLE, OptionFlags.help(),
                Formats.seconds(Connection.DEFAULT_TIMEOUT), verdicts(true), verdicts(false), ExitCodeText.table());
    }

    /** The verdicts {@code --fail-on-unhealthy} fails on (or not), from the verdict table. */
    private static String verdicts(boolean unhealthy) {
        return Arrays.stream(Verdict.values()).filter(v -> v.isUnhealthy() == unhealthy)
                .map(v -> v.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, ProfileException, FetchException {
        Args args = Args.parse(rawArgs, valued(), FLAGS);
        String id = args.requirePositional(0, "the webhook ID (webhook-inspector get ID --provider P)");
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        Connection connection = connection(args, ctx);
        FetchResult result = fetcher.fetch(connection, id);
        boolean show = args.flag("show-secrets");
        ctx.out().print(format.equals("json")
                ? SnapshotJson.render(result, show) + "\n"
                : SnapshotText.render(result, connection.provider().descriptor(), show, Instant.now()));
        ctx.out().flush();
        if (args.flag("fail-on-unhealthy") && result.snapshot().verdict().isUnhealthy()) return ExitCode.UNHEALTHY.code();
        return ExitCode.OK.code();
    }

    private static Connection connection(Args args, CliContext ctx) throws UsageException, ProfileException {
        Duration timeout = args.timeout();
        if (args.value("profile").isPresent()) {
            return ProfileConnections.connect(args, ctx, timeout);
        }
        String providerId = args.value("provider").orElseThrow(() -> new UsageException(
                "Say which provider with --provider " + Providers.ids() + ", or use --profile NAME."));
        Provider provider = Providers.byId(providerId).orElseThrow(() -> new UsageException(
                "Unknown provider \"" + providerId + "\"; use one of " + Providers.ids() + "."));
        URI base = provider.defaultBaseUrl();
        if (args.value("base-url").isPresent()) {
            try {
                base = Origins.parseBaseUrl(args.value("base-url").get());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        Map<String, String> options = new HashMap<>();
        OptionFlags.apply(args, provider, options, false);
        String key = ctx.env().get(CliContext.API_KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new ProfileException(ProfileException.Kind.KEY_MISSING, "No API key: set the environment variable "
                    + CliContext.API_KEY_VARIABLE + " to your " + provider.displayName()
                    + " API key (keys are never taken as arguments), or use --profile NAME.");
        }
        Optional<String> keyProblem = ApiKey.problem(key);
        if (keyProblem.isPresent()) throw new UsageException(CliContext.API_KEY_VARIABLE + ": " + keyProblem.get());
        return new Connection(provider, base, options, new ApiKey(key), timeout,
                Network.resolve(networkFlags(args), NetworkSettings.UNSET, ctx.env()));
    }

    /** {@code --proxy URL|none} and {@code --ca-file FILE|none}: for this run, over a profile's and the environment's. */
    static NetworkSettings networkFlags(Args args) {
        return new NetworkSettings(args.value("proxy").orElse(""), args.value("ca-file").orElse(""));
    }
}
