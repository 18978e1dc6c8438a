package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Health;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.provider.featurebase.FeaturebaseProvider;
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
    private static final Set<String> VALUED = Set.of("provider", "profile", "base-url", "api-version", "format", "timeout");
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

                Fetches one webhook and prints its health, fields, failures and metrics.
                The API key comes from the environment variable %s, or from the
                profile given with --profile; it is never taken as an argument.

                Options:
                  --provider P           the provider: %s
                  --profile NAME         use a saved profile (provider, base URL, options and key)
                  --base-url URL         the API's base URL (default: the provider's public API);
                                         a path prefix is kept; http:// only for loopback hosts
                  --api-version V        Featurebase-Version header (default %s)
                  --format text|json     output format (default text)
                  --timeout SECONDS      request timeout (default 30)
                  --show-secrets         print webhook secrets unmasked
                  --fail-on-unhealthy    exit 8 when the webhook is fetched but unhealthy

                Exit codes: 0 fetched; 2 bad usage or invalid ID (nothing sent); 3 webhook not found;
                4 key rejected; 5 network failure, timeout or TLS error; 6 other provider or protocol
                error; 8 fetched but unhealthy (only with --fail-on-unhealthy).
                """.formatted(Providers.ids(), CliContext.API_KEY_VARIABLE, Providers.ids(), FeaturebaseProvider.DEFAULT_API_VERSION);
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException {
        Args args = Args.parse(rawArgs, VALUED, FLAGS);
        String id = args.requirePositional(0, "the webhook ID (webhook-inspector get ID --provider P)");
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        Connection connection = connection(args, ctx);
        try {
            FetchResult result = fetcher.fetch(connection, id);
            boolean show = args.flag("show-secrets");
            ctx.out().print(format.equals("json")
                    ? SnapshotJson.render(result, show) + "\n"
                    : SnapshotText.render(result, show, connection.provider().displayName(), Instant.now()));
            ctx.out().flush();
            if (args.flag("fail-on-unhealthy") && result.snapshot().health() == Health.UNHEALTHY) return ExitCodes.UNHEALTHY;
            return ExitCodes.OK;
        } catch (FetchException e) {
            ctx.err().println("webhook-inspector get: " + e.getMessage());
            return ExitCodes.of(e.kind());
        }
    }

    private static Connection connection(Args args, CliContext ctx) throws UsageException {
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
        Optional<String> apiVersion = args.value("api-version");
        if (apiVersion.isPresent()) {
            if (!(provider instanceof FeaturebaseProvider)) {
                throw new UsageException("--api-version applies to Featurebase only; remove it for " + provider.displayName() + ".");
            }
            if (apiVersion.get().isBlank()) throw new UsageException("--api-version is empty; give a version such as "
                    + FeaturebaseProvider.DEFAULT_API_VERSION + ".");
            options.put(FeaturebaseProvider.API_VERSION, apiVersion.get().strip());
        }
        String key = ctx.env().get(CliContext.API_KEY_VARIABLE);
        if (key == null || key.isBlank()) {
            throw new UsageException("No API key: set the environment variable " + CliContext.API_KEY_VARIABLE + " to your "
                    + provider.displayName() + " API key (keys are never taken as arguments), or use --profile NAME.");
        }
        return new Connection(provider, base, options, new ApiKey(key), timeout);
    }
}
