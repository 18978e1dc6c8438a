package dev.webhookinspector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Featurebase: {@code GET /v2/webhooks/{24 hex}} and the cursor list, Bearer {@code sk_...} key,
 * optional {@code Featurebase-Version}, errors {"error": {type, code, message, param?, status}},
 * and rate-limit headers on every answer.
 */
final class FeaturebaseApi extends ProviderApi {
    static final int RATE_LIMIT = 2000;
    static final String OLDEST_WEBHOOK_VERSION = "2026-01-01.nova";
    /** Known versions older than nova; unknown values are accepted, as the real API defaults them. */
    private static final Set<String> TOO_OLD = Set.of("2025-12-12.clover");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-fA-F]{24}");
    private static final int DEFAULT_LIMIT = 10;
    private static final String CURSOR_PREFIX = "fbwh:";

    private final Clock clock = Clock.systemUTC();
    private long windowStart;
    private int usedInWindow;

    FeaturebaseApi(Fixtures fixtures, Faults faults, URI otherHostBase) {
        super(fixtures, faults, otherHostBase);
    }

    @Override String id() { return "featurebase"; }

    @Override String demoKey() { return DemoFixtures.FEATUREBASE_DEMO_KEY; }

    @Override String idField() { return "id"; }

    @Override String bulkKey() { return DemoFixtures.FEATUREBASE_BULK_KEY; }

    /** Mostly healthy; every tenth failing, and a few paused, suspended or never delivered to. */
    @Override
    ObjectNode bulkWebhook(int n, FixtureTime time) {
        String status = n % 25 == 7 ? "paused" : n % 50 == 13 ? "suspended" : "active";
        boolean failing = status.equals("active") && n % 10 == 3;
        boolean neverDelivered = status.equals("active") && n % 40 == 21;
        ObjectNode w = JsonNodeFactory.instance.objectNode();
        w.put("object", "webhook");
        w.put("id", String.format(Locale.ROOT, "b1c0%020d", n));
        w.put("name", bulkName(n));
        w.put("url", bulkUrl(n));
        w.put("secret", String.format(Locale.ROOT, "whsec_bulk%04dQz8Lm2Xv6Rt4KpWn", n));
        w.putNull("description");
        w.putArray("topics").add("post.created").add("comment.created");
        w.put("status", status);
        w.putObject("requestConfig").put("timeoutMs", 5000).putObject("headers");
        String lastAttempt = time.ago(Duration.ofMinutes(3 + n), 3);
        String lastSuccess = time.ago(Duration.ofMinutes(failing ? 180 + n : 3 + n), 3);
        if (neverDelivered) {
            w.putNull("lastStatus");
        } else {
            int code = failing ? 500 : status.equals("suspended") ? 410 : 200;
            w.putObject("lastStatus").put("code", code).put("message", code == 200 ? "OK" : code == 410 ? "Gone" : "Internal Server Error")
                    .put("timestamp", lastAttempt);
        }
        ObjectNode health = w.putObject("health");
        health.put("lastResponseTime", neverDelivered ? 0 : 120 + n % 400).put("avgResponseTime", neverDelivered ? 0 : 150 + n % 300);
        if (neverDelivered) health.putNull("lastSuccessAt"); else health.put("lastSuccessAt", lastSuccess);
        health.put("errorsSinceLastSuccess", failing ? 4 : 0).put("consecutiveFailures", failing ? 4 : 0);
        w.put("version", "1.0");
        w.put("createdAt", time.ago(Duration.ofDays(1 + n % 300), 3));
        w.put("updatedAt", lastAttempt);
        return w;
    }

    /** Counts requests per minute so X-RateLimit-Remaining goes down like the real one; nothing is refused. */
    @Override
    void everyResponse(Call call) {
        long nowSeconds = clock.millis() / 1000;
        int remaining;
        long reset;
        synchronized (this) {
            if (nowSeconds - windowStart >= 60) {
                windowStart = nowSeconds - nowSeconds % 60;
                usedInWindow = 0;
            }
            usedInWindow++;
            remaining = Math.max(0, RATE_LIMIT - usedInWindow);
            reset = windowStart + 60;
        }
        call.setHeader("X-RateLimit-Limit", Integer.toString(RATE_LIMIT));
        call.setHeader("X-RateLimit-Remaining", Integer.toString(remaining));
        call.setHeader("X-RateLimit-Reset", Long.toString(reset));
    }

    @Override
    void serve(Call call) throws IOException, InterruptedException {
        Optional<String> bearer = bearerToken(call).filter(k -> !k.isEmpty());
        if (bearer.isEmpty()) {
            error(call, 401, "authentication_error", "missing_api_key",
                    "No API key provided. Send it as Authorization: Bearer sk_...", null);
            return;
        }
        String key = bearer.get();
        if (key.equals(DemoFixtures.FEATUREBASE_KEY_WITHOUT_WEBHOOK_ACCESS)) {
            error(call, 403, "authorization_error", "insufficient_permissions",
                    "This API key does not have permission to read webhooks.", null);
            return;
        }
        Optional<Account> account = account(key);
        if (account.isEmpty()) {
            error(call, 401, "authentication_error", "invalid_api_key", "Invalid API key provided.", null);
            return;
        }
        Optional<String> version = call.header("Featurebase-Version").map(String::strip);
        if (version.isPresent() && TOO_OLD.contains(version.get())) {
            error(call, 400, "invalid_request_error", "invalid_api_version", "Webhook endpoints need API version "
                    + OLDEST_WEBHOOK_VERSION + " or newer; this request asked for " + version.get() + ".", null);
            return;
        }
        List<String> path = call.segments();
        boolean list = path.equals(List.of("v2", "webhooks"));
        boolean get = path.size() == 3 && path.get(0).equals("v2") && path.get(1).equals("webhooks");
        if (!list && !get) {
            error(call, 404, "invalid_request_error", "resource_not_found",
                    "Unrecognized request URL (" + call.method() + " " + call.rawPath() + ").", null);
            return;
        }
        if (!isGet(call)) {
            call.setHeader("Allow", "GET, HEAD");
            error(call, 405, "invalid_request_error", "method_not_allowed",
                    "Method " + call.method() + " is not allowed on " + call.rawPath() + ".", null);
            return;
        }
        if (list) {
            list(call, account.get());
            return;
        }
        String webhookId = path.get(2);
        if (!OBJECT_ID.matcher(webhookId).matches()) {
            error(call, 400, "invalid_request_error", "invalid_id",
                    "Invalid webhook ID \"" + webhookId + "\": expected a 24-character hexadecimal ID.", "id");
        } else if (!serveTrigger(call, webhookId)) {
            Optional<ObjectNode> webhook = find(account.get(), webhookId.toLowerCase(Locale.ROOT));
            if (webhook.isPresent()) json(call, 200, webhook.get());
            else notFound(call);
        }
    }

    private void list(Call call, Account account) throws IOException {
        int limit;
        try {
            limit = call.query("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > 100) {
            error(call, 400, "invalid_request_error", "invalid_parameter", "limit must be a whole number from 1 to 100.", "limit");
            return;
        }
        int offset;
        try {
            offset = call.query("cursor").filter(c -> !c.isEmpty()).map(FeaturebaseApi::decodeCursor).orElse(0);
        } catch (IllegalArgumentException e) {
            error(call, 400, "invalid_request_error", "invalid_cursor", "The cursor is not valid; start again without one.", "cursor");
            return;
        }
        Optional<String> status = call.query("status").filter(s -> !s.isEmpty());
        List<ObjectNode> matching = webhooks(account).stream()
                .filter(w -> status.isEmpty() || status.get().equals(w.path("status").asText()))
                .toList();
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + limit, matching.size());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("object", "list");
        ArrayNode data = body.putArray("data");
        matching.subList(from, to).forEach(data::add);
        body.put("nextCursor", to < matching.size() ? encodeCursor(to) : null);
        json(call, 200, body);
    }

    private static String encodeCursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decodeCursor(String cursor) {
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        if (!decoded.matches(CURSOR_PREFIX + "\\d{1,9}")) throw new IllegalArgumentException("bad cursor");
        return Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
    }

    @Override
    void notFound(Call call) throws IOException {
        String webhookId = call.segments().isEmpty() ? "" : call.segments().getLast();
        error(call, 404, "invalid_request_error", "webhook_not_found", "No webhook found with ID \"" + webhookId + "\".", "id");
    }

    @Override
    void rateLimited(Call call, int retryAfterSeconds) throws IOException {
        call.setHeader("X-RateLimit-Remaining", "0");
        error(call, 429, "rate_limit_error", "rate_limit_exceeded",
                "Too many requests. Retry after " + retryAfterSeconds + " s.", null);
    }

    @Override
    void unavailable(Call call, int retryAfterSeconds) throws IOException {
        error(call, 503, "api_error", "service_unavailable", "The service is temporarily unavailable. Retry shortly.", null);
    }

    /** The front proxy's page when the application behind it fails. */
    @Override
    void serverErrorHtml(Call call) throws IOException {
        call.sendText(500, "text/html", """
                <html>
                <head><title>500 Internal Server Error</title></head>
                <body>
                <center><h1>500 Internal Server Error</h1></center>
                <hr><center>nginx</center>
                </body>
                </html>
                """);
    }

    @Override
    void internalError(Call call) throws IOException {
        error(call, 500, "api_error", "internal_error", "An unexpected error occurred. Please try again later.", null);
    }

    private static void error(Call call, int status, String type, String code, String message, String param) throws IOException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode error = body.putObject("error").put("type", type).put("code", code).put("message", message);
        if (param != null) error.put("param", param);
        error.put("status", status);
        json(call, status, body);
    }

    private static void json(Call call, int status, ObjectNode body) throws IOException {
        call.json(status, "application/json; charset=utf-8", body);
    }
}
