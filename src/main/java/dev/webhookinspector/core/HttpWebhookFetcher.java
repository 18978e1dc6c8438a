package dev.webhookinspector.core;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.http.FetchException.Kind;
import dev.webhookinspector.core.http.Origins;
import dev.webhookinspector.core.http.Reply;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.ApiRequest;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Fetches webhooks over {@link SafeHttp} and turns every outcome into a snapshot or a user-facing error. */
public final class HttpWebhookFetcher implements WebhookFetcher {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SafeHttp http;

    public HttpWebhookFetcher() {
        this(new SafeHttp());
    }

    public HttpWebhookFetcher(SafeHttp http) {
        this.http = http;
    }

    @Override
    public FetchResult fetch(Connection connection, String webhookId) throws FetchException {
        Provider provider = connection.provider();
        String id = webhookId == null ? "" : webhookId.strip();
        Optional<String> idProblem = provider.checkId(id);
        if (idProblem.isPresent()) throw new FetchException(Kind.INVALID_INPUT, idProblem.get());
        checkBase(connection);
        ApiRequest request = provider.getRequest(connection, id);
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Reply reply = send(connection, request);
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (!reply.isSuccess()) throw failure(connection, reply, id);
        Snapshot snapshot = parse(connection, reply, id);
        return new FetchResult(snapshot, reply.request(), reply.status(), started, took, reply.attempts());
    }

    @Override
    public FetchResult.Probe test(Connection connection) throws FetchException {
        checkBase(connection);
        long t0 = System.nanoTime();
        Reply reply = send(connection, connection.provider().testRequest(connection));
        if (!reply.isSuccess()) throw failure(connection, reply, null);
        return new FetchResult.Probe(reply.request(), reply.status(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void checkBase(Connection connection) throws FetchException {
        Optional<String> problem = Origins.checkBaseUrl(connection.baseUrl());
        if (problem.isPresent()) throw new FetchException(Kind.INVALID_INPUT, problem.get());
    }

    private Reply send(Connection connection, ApiRequest request) throws FetchException {
        try {
            return http.get(request.url(), request.headers(), connection.timeout());
        } catch (FetchException e) {
            throw scrubbed(connection, e);
        }
    }

    private static Snapshot parse(Connection connection, Reply reply, String id) throws FetchException {
        String name = connection.provider().displayName();
        JsonNode body;
        try {
            body = JSON.readTree(reply.body());
        } catch (JacksonException e) {
            throw new FetchException(Kind.MALFORMED_RESPONSE, name + " answered HTTP " + reply.status()
                    + " but the body is not valid JSON" + describeBody(reply), "Check the base URL points at the " + name + " API.",
                    reply.status(), null);
        } catch (java.io.IOException e) {
            throw new FetchException(Kind.MALFORMED_RESPONSE, name + "'s answer could not be read. Try again.", reply.status(), null);
        }
        if (body == null || !body.isObject()) {
            throw new FetchException(Kind.MALFORMED_RESPONSE, name + " answered with JSON that is not a webhook object",
                    "Check the base URL points at the " + name + " API.", reply.status(), null);
        }
        try {
            return connection.provider().toSnapshot(id, body);
        } catch (IllegalArgumentException e) {
            throw new FetchException(Kind.MALFORMED_RESPONSE, name + "'s answer does not look like a webhook: " + e.getMessage(),
                    reply.status(), null);
        }
    }

    private static FetchException failure(Connection connection, Reply reply, String id) {
        Provider provider = connection.provider();
        String name = provider.displayName();
        int status = reply.status();
        String detail = provider.errorMessage(status, reply.text())
                .map(m -> ": " + scrub(connection, oneLine(m)))
                .orElse(describeBody(reply));
        String what = "HTTP " + status + detail;
        FetchException e = switch (status) {
            case 404 -> id == null
                    ? new FetchException(Kind.NOT_FOUND, name + " answered " + what, "Check the base URL.", status, null)
                    : new FetchException(Kind.NOT_FOUND, name + " has no webhook with ID " + id + " (" + what + ")",
                        "Check the ID and that the key belongs to the right account.", status, null);
            case 401, 403 -> new FetchException(Kind.KEY_REJECTED, name + " rejected the API key (" + what
                    + ")", "Check the profile's key, or WEBHOOK_INSPECTOR_API_KEY.", status, null);
            case 429 -> new FetchException(Kind.RATE_LIMITED, name + " is still rate limiting after " + reply.attempts()
                    + " attempts (" + what + ")", "Wait a minute, then try again.", status, null);
            default -> status >= 500
                    ? new FetchException(Kind.SERVER_ERROR, name + " had a server error (" + what + ")"
                        + (reply.attempts() > 1 ? " after " + reply.attempts() + " attempts" : ""), "Try again later.", status, null)
                    : new FetchException(Kind.PROVIDER_ERROR, name + " refused the request (" + what + ").", status, null);
        };
        return e;
    }

    private static String describeBody(Reply reply) {
        String type = reply.contentType().toLowerCase(java.util.Locale.ROOT);
        if (reply.body().length == 0) return " with an empty body";
        if (type.contains("html")) return " with an HTML page";
        return "";
    }

    /** A server could echo the key back in an error; never let it reach a message. */
    private static String scrub(Connection connection, String text) {
        String key = connection.key().reveal();
        return key.isEmpty() ? text : text.replace(key, connection.key().masked());
    }

    private static FetchException scrubbed(Connection connection, FetchException e) {
        String clean = scrub(connection, e.getMessage());
        if (clean.equals(e.getMessage())) return e;
        String problem = scrub(connection, e.problem());
        return clean.startsWith(problem)
                ? new FetchException(e.kind(), problem.substring(0, problem.length() - 1), clean.substring(problem.length()).strip(), e.httpStatus(), null)
                : new FetchException(e.kind(), clean, e.httpStatus(), null);
    }

    /** One line, and no trailing full stop, because the detail is quoted inside a sentence. */
    private static String oneLine(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        while (one.endsWith(".") && !one.endsWith("...")) one = one.substring(0, one.length() - 1);
        return one.length() > 200 ? one.substring(0, 197) + "..." : one;
    }
}
