package dev.webhookinspector.cli;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.signing.RawRequest;
import dev.webhookinspector.core.signing.Verification;
import dev.webhookinspector.core.signing.Verifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code verify ID}: checks a delivery's signature as the provider's docs tell receivers to, and names the likely mistake. */
final class VerifyCommand implements Command {
    private static final Set<String> FLAGS = Set.of("secret-stdin");
    private static final long MAX_FILE = 16L << 20;
    private final WebhookFetcher fetcher;

    VerifyCommand() { this(new HttpWebhookFetcher()); }

    VerifyCommand(WebhookFetcher fetcher) { this.fetcher = fetcher; }

    @Override public String name() { return "verify"; }

    @Override public String summary() { return "check a delivery's signature and name the likely mistake"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector verify ID (--provider %s | --profile NAME)
                           (--body FILE --header 'Name: value' ... | --request FILE) [options]

                Checks a delivery as your receiver logged it against the webhook's current secrets
                (fetched with the profile's key) or a secret read from standard input. Says which
                secret matched and how old the timestamp is; when nothing matches, it tries the usual
                mistakes for real and names the one that explains it. Never prints a secret.

                Options:
                %s  --body FILE            the body exactly as received (bytes, not re-formatted)
                  --header 'Name: value' a request header, repeatable (the signature and timestamp)
                  --request FILE         a raw HTTP request instead: headers, a blank line, the body
                  --secret-stdin         verify with one secret read from standard input instead of
                                         fetching the webhook (needs only --provider)
                  --format text|json     output format (default text)

                Exit codes: 0 verified, 8 not verified, 2 bad input; fetching the webhook fails with
                the codes of get.
                """.formatted(Providers.ids(), ConnectionArgs.help());
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, ProfileException, FetchException {
        Args args = Args.parse(rawArgs, ConnectionArgs.valued("format", "body", "header", "request"), FLAGS);
        String id = args.requirePositional(0, "the webhook ID (webhook-inspector verify ID --profile NAME --request FILE)");
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        RawRequest delivery = delivery(args);
        Provider provider;
        List<Secret> secrets;
        if (args.flag("secret-stdin")) {
            String pid = args.value("provider").orElseThrow(() -> new UsageException("--secret-stdin needs --provider " + Providers.ids() + "."));
            provider = Providers.byId(pid).orElseThrow(() -> new UsageException("Unknown provider \"" + pid + "\"; use one of " + Providers.ids() + "."));
            secrets = List.of(new Secret("the secret from standard input", readSecret(ctx)));
        } else {
            var connection = ConnectionArgs.resolve(args, ctx, name());
            provider = connection.provider();
            secrets = provider.signingSecrets(fetcher.fetch(connection, id).snapshot());
        }
        if (!provider.signing().signs()) {
            throw new UsageException(provider.signing().describe() + " There is nothing to verify; `deliver` sends plain test deliveries.");
        }
        if (secrets.isEmpty()) {
            throw new UsageException("This webhook has no signing secret to verify with; pass one with --secret-stdin.");
        }
        Verification v = Verifier.verify(provider.signing(), delivery.body(), delivery.headers(), secrets, Instant.now());
        ctx.out().print(format.equals("json") ? VerifyText.json(v) + "\n" : VerifyText.text(v, provider));
        ctx.out().flush();
        return v.verified() ? ExitCode.OK.code() : ExitCode.UNHEALTHY.code();
    }

    private static RawRequest delivery(Args args) throws UsageException {
        if (args.value("request").isPresent()) {
            if (args.value("body").isPresent() || !args.values("header").isEmpty()) {
                throw new UsageException("Give either --request FILE or --body FILE with --header, not both.");
            }
            RawRequest.Result parsed = RawRequest.parse(read(args.value("request").get(), "--request"));
            return parsed.request().orElseThrow(() -> new UsageException("--request " + args.value("request").get()
                    + " is not a raw HTTP request: " + parsed.problem() + "."));
        }
        String body = args.value("body").orElseThrow(() -> new UsageException(
                "Give the delivery: --body FILE and its headers with --header 'Name: value', or --request FILE."));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h : args.values("header")) {
            int colon = h.indexOf(':');
            if (colon <= 0) throw new UsageException("--header \"" + h + "\" is not 'Name: value'.");
            headers.put(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
        }
        return new RawRequest(headers, read(body, "--body"));
    }

    private static byte[] read(String file, String flag) throws UsageException {
        Path p = Path.of(file);
        try {
            if (!Files.isRegularFile(p)) throw new UsageException(flag + " " + file + " is not a file.");
            if (Files.size(p) > MAX_FILE) throw new UsageException(flag + " " + file + " is larger than 16 MiB: no delivery is that large.");
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UsageException(flag + " " + file + " could not be read: " + e.getClass().getSimpleName() + ".");
        }
    }

    private static String readSecret(CliContext ctx) throws UsageException {
        try {
            String line = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isBlank()) throw new UsageException("--secret-stdin read no secret from standard input.");
            return line.strip();
        } catch (IOException e) {
            throw new UsageException("--secret-stdin could not read standard input.");
        }
    }
}
