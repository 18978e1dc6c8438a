package dev.webhookinspector.cli;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.WebhookFetcher;
import dev.webhookinspector.core.delivery.DeliveryPlan;
import dev.webhookinspector.core.delivery.DeliveryResult;
import dev.webhookinspector.core.delivery.TestDeliveries;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** {@code deliver ID}: a signed test delivery to the webhook's own endpoint, as its provider would send it. */
final class DeliverCommand implements Command {
    private static final Set<String> FLAGS = Set.of("yes");
    private final WebhookFetcher fetcher;

    DeliverCommand() { this(new HttpWebhookFetcher()); }

    DeliverCommand(WebhookFetcher fetcher) { this.fetcher = fetcher; }

    @Override public String name() { return "deliver"; }

    @Override public String summary() { return "send a signed test delivery to the webhook's endpoint"; }

    @Override
    public String usage() {
        return """
                Usage: webhook-inspector deliver ID (--provider %s | --profile NAME) [options]

                Fetches the webhook, builds a realistic event for it, signs it exactly as the provider
                signs deliveries (with the webhook's current secrets), and POSTs it to the webhook's URL,
                or to --to URL. It stands in for the provider: it never carries your API key. Redirects
                are not followed, as providers do not follow them.

                Options:
                %s  --event E              the event to send (default: the webhook's first)
                  --to URL               send here instead (a local receiver behind a tunnel)
                  --yes                  send to a host that is not this machine
                  --format text|json     output format (default text)
                  --timeout SECONDS      the deadline for fetching the webhook; the delivery waits
                                         as long as the provider would (Featurebase: its timeoutMs)

                Exit codes: 0 delivered (2xx), 8 the endpoint answered but not with 2xx,
                5 the endpoint could not be reached (DNS, connection, TLS, timeout), 2 bad input;
                fetching the webhook fails with the codes of get.
                """.formatted(Providers.ids(), ConnectionArgs.help());
    }

    @Override
    public int run(List<String> rawArgs, CliContext ctx) throws UsageException, ProfileException, FetchException {
        Args args = Args.parse(rawArgs, ConnectionArgs.valued("format", "event", "to"), FLAGS);
        String id = args.requirePositional(0, "the webhook ID (webhook-inspector deliver ID --profile NAME)");
        args.noMorePositionalsThan(1);
        String format = args.choice("format", "text", "json");
        URI to = null;
        if (args.value("to").isPresent()) {
            try {
                to = new URI(args.value("to").get().strip());
            } catch (URISyntaxException e) {
                throw new UsageException("--to \"" + args.value("to").get() + "\" is not a valid address: " + e.getReason() + ".");
            }
        }
        Connection connection = ConnectionArgs.resolve(args, ctx, name());
        FetchResult fetched = fetcher.fetch(connection, id);
        DeliveryPlan plan;
        try {
            plan = TestDeliveries.plan(connection.provider(), fetched.snapshot(), args.value("event").orElse(null), to, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (plan.needsConfirmation() && !args.flag("yes")) {
            throw new UsageException("This sends a test delivery to " + plan.to().getHost() + ", which is not this machine. It carries the "
                    + "webhook's signature, never your API key. Add --yes to send it.");
        }
        if (args.value("event").isPresent() && !fetched.snapshot().events().contains(plan.event())) {
            ctx.err().println("webhook-inspector deliver: note: " + plan.event() + " is not one of this webhook's events "
                    + fetched.snapshot().events() + "; sending it anyway.");
        }
        DeliveryResult result;
        try {
            result = TestDeliveries.send(new SafeHttp().on(connection.network()), plan, fetched.snapshot());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ctx.out().print(format.equals("json") ? DeliveryText.json(result) + "\n" : DeliveryText.text(result, connection.provider()));
        ctx.out().flush();
        return result.outcome().exitCode().code();
    }
}
