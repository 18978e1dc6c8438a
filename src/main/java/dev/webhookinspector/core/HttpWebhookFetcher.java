package dev.webhookinspector.core;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.http.ProxyProblems;
import dev.webhookinspector.core.http.Reply;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.model.Redactor;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Fetches webhooks over {@link SafeHttp} and turns every outcome into a snapshot or a user-facing error. */
public final class HttpWebhookFetcher implements WebhookFetcher {
    /** In a holder, so that building a fetcher (the window, {@code --help}) does not build a mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    /** Far above any provider's IDs (36 characters for Ultravox, 24 for Featurebase). */
    public static final int MAX_ID_LENGTH = 256;
    /** Null until the first request when built with the default client. */
    private volatile SafeHttp http;

    /** The HTTP client (and TLS) is built on the first request, not here: a window or {@code --help} may never fetch. */
    public HttpWebhookFetcher() {
        this.http = null;
    }

    public HttpWebhookFetcher(SafeHttp http) {
        this.http = java.util.Objects.requireNonNull(http);
    }

    private SafeHttp http() {
        SafeHttp h = http;
        if (h == null) {
            synchronized (this) {
                h = http;
                if (h == null) http = h = new SafeHttp();
            }
        }
        return h;
    }

    @Override
    public FetchResult fetch(Connection connection, String webhookId) throws FetchException {
        Provider provider = connection.provider();
        String id = webhookId == null ? "" : webhookId.strip();
        if (id.length() > MAX_ID_LENGTH) {
            // Not repeated: a paste this long is not an ID, and may hold anything.
            throw new FetchException(ProblemKind.INVALID_INPUT, String.format(java.util.Locale.ROOT, "The webhook ID is %,d characters long;"
                    + " webhook IDs are at most %d. Check that only the ID was pasted", id.length(), MAX_ID_LENGTH), Remedy.CHECK_ID);
        }
        Optional<String> idProblem = provider.checkId(id);
        if (idProblem.isPresent()) throw new FetchException(ProblemKind.INVALID_INPUT, idProblem.get(), Remedy.CHECK_ID);
        checkBase(connection);
        ApiRequest request = provider.getRequest(connection, id);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Reply reply = send(connection, request);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (!reply.isSuccess()) throw scrubbed(connection, failure(connection, reply, id));
        Snapshot snapshot = parse(connection, reply, id, Redactor.of(connection.key()));
        return new FetchResult(snapshot, reply.request(), reply.status(), started, took, reply.attempts());
    }

    @Override
    public FetchResult.Probe test(Connection connection) throws FetchException {
        checkBase(connection);
        long t0 = System.nanoTime();
        Reply reply = send(connection, connection.provider().testRequest(connection));
        if (!reply.isSuccess()) throw scrubbed(connection, failure(connection, reply, null));
        return new FetchResult.Probe(reply.request(), reply.status(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void checkBase(Connection connection) throws FetchException {
        Optional<String> problem = Origins.checkBaseUrl(connection.baseUrl());
        if (problem.isPresent()) throw new FetchException(ProblemKind.INVALID_INPUT, problem.get(), Remedy.CHECK_BASE_URL);
    }

    private Reply send(Connection connection, ApiRequest request) throws FetchException {
        ProxyProblems.refuseUnusable(connection.network(), request.url());
        try {
            Reply reply = http().on(connection.network()).get(request.url(), request.headers(), connection.timeout());
            ProxyProblems.check(reply, connection.network());
            return reply;
        } catch (FetchException e) {
            throw scrubbed(connection, ProxyProblems.explain(e, connection.network(), request.url()));
        }
    }

    private static Snapshot parse(Connection connection, Reply reply, String id, Redactor scrub) throws FetchException {
        String name = connection.provider().displayName();
        JsonNode body;
        try {
            body = Json.MAPPER.readTree(reply.body());
        } catch (JacksonException e) {
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, name + " answered HTTP " + reply.status()
                    + " but the body is not valid JSON" + describeBody(reply), "", reply.status(), null, Remedy.CHECK_BASE_URL);
        } catch (java.io.IOException e) {
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, name + "'s answer could not be read", "", reply.status(), null,
                    Remedy.RETRY);
        }
        if (body == null || !body.isObject()) {
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, name + " answered with JSON that is not a webhook object", "",
                    reply.status(), null, Remedy.CHECK_BASE_URL);
        }
        try {
            // Scrubbed before mapping, so no field, extra, failure or raw copy the provider builds can hold the key.
            return connection.provider().toSnapshot(id, scrub.apply(body));
        } catch (IllegalArgumentException e) {
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, name + "'s answer does not look like a webhook",
                    safe(scrub, e.getMessage()), reply.status(), null, Remedy.CHECK_BASE_URL);
        }
    }

    private static FetchException failure(Connection connection, Reply reply, String id) {
        Provider provider = connection.provider();
        String name = provider.displayName();
        int status = reply.status();
        // Scrub before cutting, so a padded error body cannot push part of an echoed key past the cut.
        String detail = provider.errorMessage(status, reply.text()).map(m -> oneLine(Redactor.of(connection.key()).apply(m))).orElse("");
        String what = "HTTP " + status + (detail.isEmpty() ? describeBody(reply) : ": " + detail);
        String retried = reply.attempts() > 1 ? " after " + reply.attempts() + " attempts" : "";
        return switch (status) {
            case 404 -> id == null
                    ? new FetchException(ProblemKind.NOT_FOUND, name + " answered " + what, detail, status, null, Remedy.CHECK_BASE_URL)
                    : new FetchException(ProblemKind.NOT_FOUND, name + " has no webhook with ID " + id + " (" + what + ")", detail, status,
                        null, Remedy.CHECK_ID, Remedy.CHECK_ACCOUNT);
            case 401, 403 -> new FetchException(ProblemKind.KEY_REJECTED, name + " rejected the API key (" + what + ")", detail, status,
                    null, Remedy.CHECK_KEY);
            case 429 -> new FetchException(ProblemKind.RATE_LIMITED, name + " is still rate limiting" + retried + " (" + what + ")",
                    detail, status, null, Remedy.RETRY_LATER);
            default -> status >= 500
                    ? new FetchException(ProblemKind.SERVER_ERROR, name + " had a server error (" + what + ")" + retried, detail, status,
                        null, Remedy.RETRY_LATER)
                    : new FetchException(ProblemKind.PROVIDER_ERROR, name + " refused the request (" + what + ")", detail, status, null,
                        Remedy.CHECK_ID, Remedy.CHECK_BASE_URL);
        };
    }

    private static String describeBody(Reply reply) {
        String type = reply.contentType().toLowerCase(java.util.Locale.ROOT);
        if (reply.body().length == 0) return " with an empty body";
        if (type.contains("html")) return " with an HTML page";
        return "";
    }

    /** A server could echo the key back, or send terminal escapes, in anything a message quotes: neither reaches a user. */
    private static String safe(Redactor scrub, String text) {
        return SafeText.terminal(scrub.apply(text));
    }

    private static FetchException scrubbed(Connection connection, FetchException e) {
        Problem p = e.problem();
        Redactor scrub = Redactor.of(connection.key());
        Problem clean = new Problem(p.kind(), safe(scrub, p.summary()), safe(scrub, p.detail()), p.httpStatus(), p.remedies());
        return clean.equals(p) ? e : new FetchException(clean, e.getCause());
    }

    /** One line, safe to print, and no trailing full stop, because the detail is quoted inside a sentence. */
    private static String oneLine(String s) {
        String one = SafeText.terminal(s.replaceAll("\\s+", " ").strip());
        while (one.endsWith(".") && !one.endsWith("...")) one = one.substring(0, one.length() - 1);
        return one.length() > 200 ? one.substring(0, 197) + "..." : one;
    }
}
