package dev.webhookinspector.core.delivery;

import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.http.Reply;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.signing.SigningScheme;
import dev.webhookinspector.core.text.Formats;
import dev.webhookinspector.core.text.SafeText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The delivery lab's send: a realistic event for one webhook, signed exactly as its provider signs, POSTed to the
 * webhook's URL or another the user gives. It stands in for the provider, so it never carries the API key: only
 * the provider's delivery headers, the webhook's own custom headers and the signature.
 */
public final class TestDeliveries {
    /** How much of an answer's body is shown: enough for an error page's message. */
    public static final int SHOWN_BODY = 4_000;

    private TestDeliveries() {}

    /**
     * @param event one of the webhook's events, or null for its first (the provider's first known when it has none)
     * @param to where to send; null for the webhook's own URL
     * @throws IllegalArgumentException with a readable message when the address cannot take a delivery
     */
    public static DeliveryPlan plan(Provider provider, Snapshot webhook, String event, URI to, Instant at) {
        URI target = to != null ? to : parse(webhook.url());
        check(target);
        String chosen = event != null && !event.isBlank() ? event.strip()
                : !webhook.events().isEmpty() ? webhook.events().getFirst() : "test";
        Sample sample = provider.sampleDelivery(chosen, webhook, at);
        List<Header> headers = new ArrayList<>();
        headers.add(Header.plain("Content-Type", "application/json"));
        // The provider's mapping decided which custom headers carry credentials (they are among its secrets): masked when shown.
        java.util.Set<String> secretValues = new java.util.HashSet<>();
        webhook.secrets().forEach(s -> secretValues.add(s.reveal()));
        sample.webhookHeaders().forEach((name, value) ->
                headers.add(secretValues.contains(value) ? Header.secret(name, value) : Header.plain(name, value)));
        SigningScheme scheme = provider.signing();
        List<Secret> secrets = provider.signingSecrets(webhook);
        List<String> signedWith = new ArrayList<>();
        if (scheme.signs() && !secrets.isEmpty()) {
            String ts = scheme.timestamp(at);
            headers.add(Header.plain(scheme.timestampHeader(), ts));
            headers.add(Header.plain(scheme.signatureHeader(),
                    scheme.signatureValue(sample.body(), ts, secrets.stream().map(Secret::reveal).toList())));
            secrets.forEach(s -> signedWith.add(s.label()));
        }
        return new DeliveryPlan(target, chosen, sample.body(), headers, sample.timeout(), signedWith);
    }

    /** Sends the plan once, as the provider would, and says what the provider would conclude. Never throws. */
    public static DeliveryResult send(SafeHttp http, DeliveryPlan plan, Snapshot webhook) {
        try {
            Reply r = http.post(plan.to(), plan.body(), plan.headers(), plan.timeout());
            boolean delivered = r.status() >= 200 && r.status() < 300;
            String text = SafeText.terminal(new String(r.body(), StandardCharsets.UTF_8));
            boolean cut = text.length() > SHOWN_BODY;
            List<Header> answer = r.headerList().stream().map(h -> Header.plain(h.name(), SafeText.terminal(h.value()))).toList();
            Optional<String> redirect = r.status() >= 300 && r.status() < 400
                    ? r.header("Location").map(SafeText::terminal) : Optional.empty();
            return new DeliveryResult(delivered ? DeliveryResult.Outcome.DELIVERED : DeliveryResult.Outcome.REFUSED, plan, r.status(),
                    Optional.of(r.firstByte()), Optional.of(r.total()), answer, cut ? text.substring(0, SHOWN_BODY) : text, cut,
                    redirect, r.certificate(), Optional.empty(), compare(webhook.failures(), r.status()));
        } catch (FetchException e) {
            String words = e.problem().summary() + (e.problem().detail().isBlank() ? "" : " (" + e.problem().detail() + ")");
            if (e.problem().kind() == ProblemKind.INVALID_INPUT) throw new IllegalArgumentException(words, e);
            return new DeliveryResult(DeliveryResult.Outcome.UNREACHABLE, plan, 0, Optional.empty(), Optional.empty(), List.of(), "", false,
                    Optional.empty(), "", Optional.of(words), compare(webhook.failures(), 0));
        }
    }

    /** "Your endpoint answers 502 like the last 7 failures": the answer against what the provider recorded. */
    static Optional<String> compare(List<Failure> failures, int status) {
        if (failures.isEmpty()) return Optional.empty();
        List<Failure> newestFirst = failures.stream()
                .sorted(java.util.Comparator.comparing(Failure::timestamp, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
                .toList();
        String n = Formats.count(failures.size()) + (failures.size() == 1 ? " recorded failure" : " recorded failures");
        if (status >= 200 && status < 300) {
            return Optional.of("It was delivered now, so the endpoint works again or fails only sometimes: the provider has " + n + ".");
        }
        int same = 0;
        for (Failure f : newestFirst) {
            if (f.code() == null || f.code() != status) break;
            same++;
        }
        long any = failures.stream().filter(f -> f.code() != null && f.code() == status).count();
        if (status > 0 && same > 0) {
            return Optional.of("Your endpoint answers " + status + " like the last " + (same == 1 ? "failure" : Formats.count(same) + " failures") + ".");
        }
        if (status > 0 && any > 0) {
            return Optional.of("Your endpoint answers " + status + " like " + Formats.count(any) + " of the " + n + ".");
        }
        Optional<Integer> lastCode = newestFirst.stream().map(Failure::code).filter(java.util.Objects::nonNull).findFirst();
        return Optional.of((status > 0 ? "Your endpoint answers " + status : "Your endpoint could not be reached")
                + lastCode.map(c -> "; the last recorded failures were HTTP " + c + ".").orElse("; the provider has " + n + "."));
    }

    private static URI parse(String url) {
        try {
            return new URI(url == null ? "" : url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("The webhook's URL \"" + SafeText.terminal(String.valueOf(url)) + "\" is not a valid address.");
        }
    }

    private static void check(URI to) {
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || to.getHost() == null) {
            throw new IllegalArgumentException("\"" + SafeText.terminal(to.toString()) + "\" cannot take a delivery: use an http:// or https:// address with a host.");
        }
        if (to.getRawUserInfo() != null) {
            throw new IllegalArgumentException("The address must not contain a user name or password.");
        }
    }
}
