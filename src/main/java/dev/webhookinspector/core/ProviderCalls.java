package dev.webhookinspector.core;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.http.ProxyProblems;
import dev.webhookinspector.core.http.RateLimits;
import dev.webhookinspector.core.http.Reply;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.model.Redactor;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.text.SafeText;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's request sent over {@link SafeHttp}, and its answer read as JSON or worded as a problem: the one path
 * that get, the connection test and the list share, so they treat keys, proxies and error bodies alike.
 */
public final class ProviderCalls {
    /** In a holder, so that building one (the window, {@code --help}) does not build a mapper. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Null until the first request when built with the default client. */
    private volatile SafeHttp http;

    /** The HTTP client (and TLS) is built on the first request, not here: a window or {@code --help} may never fetch. */
    public ProviderCalls() {
        this.http = null;
    }

    public ProviderCalls(SafeHttp http) {
        this.http = Objects.requireNonNull(http);
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

    /** Refuses a base URL that is unfit before anything is sent. */
    public static void checkBase(Connection connection) throws FetchException {
        Optional<String> problem = Origins.checkBaseUrl(connection.baseUrl());
        if (problem.isPresent()) throw new FetchException(ProblemKind.INVALID_INPUT, problem.get(), Remedy.CHECK_BASE_URL);
    }

    /** Sends {@code request} through the connection's network; any answer is returned, transport problems thrown. */
    public Reply send(Connection connection, ApiRequest request) throws FetchException {
        ProxyProblems.refuseUnusable(connection.network(), request.url());
        try {
            Reply reply = http().on(connection.network()).get(request.url(), request.headers(), connection.timeout());
            ProxyProblems.check(reply, connection.network());
            return reply;
        } catch (FetchException e) {
            throw scrubbed(connection, ProxyProblems.explain(e, connection.network(), request.url()));
        }
    }

    /**
     * A 2xx body as JSON with the key scrubbed from every string, so nothing a provider builds from it can hold the
     * key. Throws MALFORMED_RESPONSE when it is not JSON.
     */
    public static JsonNode json(Connection connection, Reply reply) throws FetchException {
        String name = connection.provider().displayName();
        try {
            return Redactor.of(connection.key()).apply(Json.MAPPER.readTree(reply.body()));
        } catch (JacksonException e) {
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, name + " answered HTTP " + reply.status()
                    + " but the body is not valid JSON" + describeBody(reply), "", reply.status(), null, Remedy.CHECK_BASE_URL);
        } catch (java.io.IOException e) {
            throw new FetchException(ProblemKind.MALFORMED_RESPONSE, name + "'s answer could not be read", "", reply.status(), null,
                    Remedy.RETRY);
        }
    }

    /** A problem quoting a provider's message ({@code detail}), scrubbed of the key and safe to print. */
    public static FetchException malformed(Connection connection, Reply reply, String summary, String detail) {
        Redactor scrub = Redactor.of(connection.key());
        return new FetchException(ProblemKind.MALFORMED_RESPONSE, summary, safe(scrub, detail), reply.status(), null, Remedy.CHECK_BASE_URL);
    }

    /** A non-2xx answer as a problem; {@code id} is the webhook asked for, or null for a call that names none. */
    public static FetchException failure(Connection connection, Reply reply, String id) {
        FetchException e = describe(connection, reply, id);
        Duration wait = RateLimits.waitBeforeNext(reply.headers(), Instant.now());
        if (!wait.isZero()) e = new FetchException(e.problem().withWaitBeforeNext(wait), e.getCause());
        return scrubbed(connection, e);
    }

    private static FetchException describe(Connection connection, Reply reply, String id) {
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
        String type = reply.contentType().toLowerCase(Locale.ROOT);
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
        Problem clean = new Problem(p.kind(), safe(scrub, p.summary()), safe(scrub, p.detail()), p.httpStatus(), p.remedies(),
                p.waitBeforeNext());
        return clean.equals(p) ? e : new FetchException(clean, e.getCause());
    }

    /** One line, safe to print, and no trailing full stop, because the detail is quoted inside a sentence. */
    private static String oneLine(String s) {
        String one = SafeText.terminal(s.replaceAll("\\s+", " ").strip());
        while (one.endsWith(".") && !one.endsWith("...")) one = one.substring(0, one.length() - 1);
        return one.length() > 200 ? one.substring(0, 197) + "..." : one;
    }
}
