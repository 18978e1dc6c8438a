package dev.webhookinspector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One simulated provider API under its own path prefix: its routes, key check and error shapes.
 * Faults are applied here, the same way for every provider, in that provider's own error shape.
 */
abstract sealed class ProviderApi permits UltravoxApi, V0Api, FeaturebaseApi {
    private static final int STREAM_CHUNK = 64 * 1024;

    protected final Fixtures fixtures;
    private final Faults faults;
    private final URI otherHostBase;
    private List<ObjectNode> bulk;
    /** Webhook ID to the demo fixture whose state it is served with: a test flips a webhook without a restart. */
    private final java.util.Map<String, String> stateOf = new java.util.concurrent.ConcurrentHashMap<>();
    /** Demo webhooks deleted for now: neither listed nor found. */
    private final java.util.Set<String> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ProviderApi(Fixtures fixtures, Faults faults, URI otherHostBase) {
        this.fixtures = fixtures;
        this.faults = faults;
        this.otherHostBase = otherHostBase;
    }

    abstract String id();

    abstract String demoKey();

    /** The key of this provider's bulk account: {@link DemoFixtures#BULK_WEBHOOKS} generated webhooks, for lists. */
    abstract String bulkKey();

    /**
     * The {@code n}-th webhook of the bulk account (from 0), the same on every start: mostly healthy, with the
     * provider's other verdicts mixed in so a list has something to find.
     */
    abstract ObjectNode bulkWebhook(int n, FixtureTime time);

    /**
     * Serves the demo webhook {@code webhookId} with the state (status, failures, health) of the demo webhook
     * {@code stateOf}, keeping its own ID, name and URL; {@code stateOf} equal to {@code webhookId} restores it.
     */
    final void showAs(String webhookId, String stateOf) {
        if (fixtures.find(id(), webhookId).isEmpty() || fixtures.find(id(), stateOf).isEmpty()) {
            throw new IllegalArgumentException("Both must be demo webhooks of " + id() + ": " + webhookId + ", " + stateOf);
        }
        if (webhookId.equals(stateOf)) this.stateOf.remove(webhookId);
        else this.stateOf.put(webhookId, stateOf);
    }

    final void setDeleted(String webhookId, boolean gone) {
        if (fixtures.find(id(), webhookId).isEmpty()) throw new IllegalArgumentException("Not a demo webhook of " + id() + ": " + webhookId);
        if (gone) deleted.add(webhookId);
        else deleted.remove(webhookId);
    }

    private ObjectNode withStateOf(ObjectNode webhook) {
        String own = webhook.path(idField()).asText();
        String other = stateOf.get(own);
        if (other == null) return webhook;
        ObjectNode copy = fixtures.find(id(), other).orElseThrow().deepCopy();
        for (String kept : List.of(idField(), "name", "url")) {
            if (webhook.has(kept)) copy.set(kept, webhook.get(kept));
            else copy.remove(kept);
        }
        return copy;
    }

    /** The name of the ID field in this provider's webhook JSON. */
    abstract String idField();

    /** Checks the key and serves the route; called when no switched-on fault answered first. */
    abstract void serve(Call call) throws IOException, InterruptedException;

    abstract void notFound(Call call) throws IOException;

    abstract void rateLimited(Call call, int retryAfterSeconds) throws IOException;

    abstract void unavailable(Call call, int retryAfterSeconds) throws IOException;

    abstract void serverErrorHtml(Call call) throws IOException;

    /** Whose webhooks a key sees: the demo fixtures, or the bulk account's. */
    enum Account { DEMO, BULK }

    /** The account a key opens, or empty when the simulator does not know the key. */
    final Optional<Account> account(String key) {
        if (key.equals(demoKey())) return Optional.of(Account.DEMO);
        if (key.equals(bulkKey())) return Optional.of(Account.BULK);
        return Optional.empty();
    }

    /** An account's webhooks in list order. */
    final List<ObjectNode> webhooks(Account account) {
        return account == Account.DEMO
                ? fixtures.all(id()).stream().filter(w -> !deleted.contains(w.path(idField()).asText())).map(this::withStateOf).toList()
                : bulk();
    }

    final Optional<ObjectNode> find(Account account, String webhookId) {
        if (account == Account.DEMO) return fixtures.find(id(), webhookId).filter(w -> !deleted.contains(webhookId)).map(this::withStateOf);
        return bulk().stream().filter(w -> w.path(idField()).asText().equals(webhookId)).findFirst();
    }

    /** "https://orders.bulk-ultravox.example/hooks/7": five hosts in turn, so a list's host column tells them apart. */
    final String bulkUrl(int n) {
        String[] hosts = {"orders", "billing", "crm", "analytics", "support"};
        // Shifted every ten, so the webhooks that fail every tenth are not all on one host.
        return "https://" + hosts[(n + n / 10) % hosts.length] + ".bulk-" + id() + ".example/hooks/" + n;
    }

    /** "Bulk hook 007", numbered from 1 as a person would. */
    static String bulkName(int n) {
        return String.format(java.util.Locale.ROOT, "Bulk hook %03d", n + 1);
    }

    /** Built on first use: most runs of the simulator never list the bulk account. */
    private synchronized List<ObjectNode> bulk() {
        if (bulk == null) {
            List<ObjectNode> made = new ArrayList<>(DemoFixtures.BULK_WEBHOOKS);
            for (int n = 0; n < DemoFixtures.BULK_WEBHOOKS; n++) made.add(bulkWebhook(n, fixtures.time()));
            bulk = List.copyOf(made);
        }
        return bulk;
    }

    /** The provider's answer to an unexpected error inside the simulator. */
    void internalError(Call call) throws IOException {
        call.sendText(500, "text/plain; charset=utf-8", "Internal Server Error");
    }

    /** GET routes answer HEAD too, without a body, as the real services do. */
    static boolean isGet(Call call) {
        return call.method().equals("GET") || call.method().equals("HEAD");
    }

    /** The token of an {@code Authorization: Bearer ...} header; the scheme name is case-insensitive. */
    static Optional<String> bearerToken(Call call) {
        return call.header("Authorization")
                .filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(a -> a.substring(7).strip());
    }

    /** Headers this provider sends on every answer. */
    void everyResponse(Call call) {}

    final void handle(Call call) throws IOException, InterruptedException {
        everyResponse(call);
        Optional<Fault> fault = faults.take(id());
        if (fault.isPresent() && apply(call, fault.get(), lastSegment(call))) return;
        serve(call);
    }

    /**
     * Serves a fault-trigger ID if {@code webhookId} is one; the slow ones answer with a healthy-looking
     * webhook after the delay. Returns false when {@code webhookId} is no trigger.
     */
    final boolean serveTrigger(Call call, String webhookId) throws IOException, InterruptedException {
        Optional<Fault> fault = DemoFixtures.triggerFault(id(), webhookId);
        if (fault.isEmpty()) return false;
        if (!apply(call, fault.get(), webhookId)) call.json(200, sampleWebhook(webhookId));
        return true;
    }

    /** Answers with the fault, or only waits (slow): returns whether an answer was sent. */
    private boolean apply(Call call, Fault fault, String webhookId) throws IOException, InterruptedException {
        switch (fault) {
            case Fault.NotFound f -> notFound(call);
            case Fault.RateLimited f -> {
                call.setHeader("Retry-After", Integer.toString(f.retryAfterSeconds()));
                rateLimited(call, f.retryAfterSeconds());
            }
            case Fault.Unavailable f -> {
                call.setHeader("Retry-After", Integer.toString(f.retryAfterSeconds()));
                unavailable(call, f.retryAfterSeconds());
            }
            case Fault.ServerErrorHtml f -> serverErrorHtml(call);
            case Fault.MalformedJson f -> {
                byte[] whole = Call.toBytes(sampleWebhook(webhookId));
                call.send(200, "application/json", Arrays.copyOf(whole, whole.length * 3 / 5));
            }
            case Fault.Slow f -> {
                Thread.sleep(f.delay());
                return false;
            }
            case Fault.Oversized f -> streamOversized(call, webhookId, f.bytes());
            case Fault.RedirectOtherHost f -> call.redirect(302, otherHostBase + call.rawPathAndQuery());
            case Fault.RedirectSameOrigin f -> redirectSameOrigin(call);
            case Fault.RateLimitSpent f -> {
                call.setHeader("X-RateLimit-Remaining", "0");
                call.setHeader("X-RateLimit-Reset", Long.toString(f.reset()));
                return false;
            }
            case Fault.NextPageOnOtherHost f -> {
                call.linkPagesTo(otherHostBase.toString());
                return false;
            }
        }
        return true;
    }

    /** A plausible webhook with the given ID, copied from the provider's first fixture without its secrets. */
    final ObjectNode sampleWebhook(String webhookId) {
        ObjectNode sample = fixtures.all(id()).getFirst().deepCopy();
        sample.put(idField(), webhookId);
        sample.remove(List.of("secret", "secrets"));
        return sample;
    }

    /** {"<idField>":"…","url":"…","padding":"xxxx…"} of exactly {@code bytes} bytes, written in chunks. */
    private void streamOversized(Call call, String webhookId, long bytes) throws IOException {
        byte[] head = ("{\"" + idField() + "\":\"" + webhookId.replace("\"", "") + "\",\"url\":\"https://example.com/hook\",\"padding\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[STREAM_CHUNK];
        Arrays.fill(filler, (byte) 'x');
        try (OutputStream out = call.stream("application/json")) {
            long headLength = Math.min(head.length, bytes);
            out.write(head, 0, (int) headLength);
            long fill = Math.max(0, bytes - head.length - tail.length);
            for (long left = fill; left > 0; left -= STREAM_CHUNK) {
                out.write(filler, 0, (int) Math.min(STREAM_CHUNK, left));
            }
            long tailLength = Math.max(0, bytes - headLength - fill);
            out.write(tail, 0, (int) Math.min(tail.length, tailLength));
        }
    }

    private void redirectSameOrigin(Call call) throws IOException {
        int hop = call.query("hop").map(ProviderApi::parseHop).orElse(0) + 1;
        int status = switch (hop % 3) { case 1 -> 302; case 2 -> 301; default -> 307; };
        String others = Arrays.stream(call.rawQuery().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("hop="))
                .collect(Collectors.joining("&"));
        String target = call.rawPath() + "?" + (others.isEmpty() ? "" : others + "&") + "hop=" + hop;
        call.redirect(status, hop % 2 == 1 ? call.origin() + target : target);
    }

    private static int parseHop(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String lastSegment(Call call) {
        return call.segments().isEmpty() || call.segments().getLast().isEmpty() ? "unknown" : call.segments().getLast();
    }
}
