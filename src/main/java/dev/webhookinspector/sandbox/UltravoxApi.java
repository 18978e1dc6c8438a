package dev.webhookinspector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Ultravox: {@code GET /api/webhooks/{uuid}} and the cursor-paginated list, key in {@code X-API-Key}.
 * The service is Django REST Framework, so errors are {"detail": "..."} and 5xx pages are HTML.
 */
final class UltravoxApi extends ProviderApi {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int DEFAULT_PAGE_SIZE = 100;
    private static final int MAX_PAGE_SIZE = 1000;

    UltravoxApi(Fixtures fixtures, Faults faults, URI otherHostBase) {
        super(fixtures, faults, otherHostBase);
    }

    @Override String id() { return "ultravox"; }

    @Override String demoKey() { return DemoFixtures.ULTRAVOX_DEMO_KEY; }

    @Override String idField() { return "webhookId"; }

    @Override String bulkKey() { return DemoFixtures.ULTRAVOX_BULK_KEY; }

    /** Every tenth is unhealthy with two recent failures; every fourth is limited to the demo agent. */
    @Override
    ObjectNode bulkWebhook(int n, FixtureTime time) {
        boolean unhealthy = n % 10 == 3;
        ObjectNode w = JsonNodeFactory.instance.objectNode();
        w.put("webhookId", String.format(Locale.ROOT, "b1c00000-0000-4000-8000-%012d", n));
        w.put("agentId", n % 4 == 0 ? DemoFixtures.ULTRAVOX_AGENT_ID : null);
        w.put("created", time.ago(Duration.ofDays(1 + n % 300).plusMinutes(n), 6));
        w.put("url", bulkUrl(n));
        w.putArray("secrets").add(String.format(Locale.ROOT, "uvbulk%04dSecretZq8Lm2Xv6Rt4Kp", n));
        w.putArray("events").add("call.ended");
        w.put("status", unhealthy ? "unhealthy" : "normal");
        w.put("lastStatusChange", unhealthy ? time.ago(Duration.ofMinutes(30 + n), 6) : null);
        ArrayNode failures = w.putArray("recentFailures");
        if (unhealthy) {
            failures.addObject().put("timestamp", time.ago(Duration.ofMinutes(5 + n), 6)).put("failure", "HTTP 503 Service Unavailable");
            failures.addObject().put("timestamp", time.ago(Duration.ofMinutes(35 + n), 6)).put("failure", "Request timed out after 10 seconds");
        }
        return w;
    }

    @Override
    void serve(Call call) throws IOException, InterruptedException {
        Optional<String> key = call.header("X-API-Key").filter(k -> !k.isBlank());
        if (key.isEmpty()) {
            detail(call, 401, "Authentication credentials were not provided.");
            return;
        }
        Optional<Account> account = account(key.get());
        if (account.isEmpty()) {
            detail(call, 403, "Invalid API key.");
            return;
        }
        List<String> path = call.segments();
        boolean list = path.equals(List.of("api", "webhooks"));
        boolean get = path.size() == 3 && path.get(0).equals("api") && path.get(1).equals("webhooks") && UUID.matcher(path.get(2)).matches();
        if (!list && !get) {
            notFound(call);
            return;
        }
        if (!isGet(call)) {
            call.setHeader("Allow", "GET, HEAD");
            detail(call, 405, "Method \"" + call.method() + "\" not allowed.");
            return;
        }
        if (list) {
            list(call, account.get());
        } else if (!serveTrigger(call, path.get(2))) {
            Optional<ObjectNode> webhook = find(account.get(), path.get(2).toLowerCase(Locale.ROOT));
            if (webhook.isPresent()) call.json(200, webhook.get());
            else notFound(call);
        }
    }

    private void list(Call call, Account account) throws IOException {
        Optional<String> agentId = call.query("agentId").filter(a -> !a.isEmpty());
        if (agentId.isPresent() && !UUID.matcher(agentId.get()).matches()) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putArray("agentId").add("Enter a valid UUID.");
            call.json(400, body);
            return;
        }
        int offset;
        try {
            offset = call.query("cursor").filter(c -> !c.isEmpty()).map(UltravoxApi::decodeCursor).orElse(0);
        } catch (IllegalArgumentException e) {
            detail(call, 404, "Invalid cursor");
            return;
        }
        int pageSize = call.query("pageSize").map(UltravoxApi::parsePageSize).orElse(DEFAULT_PAGE_SIZE);
        List<ObjectNode> matching = webhooks(account).stream()
                .filter(w -> agentId.isEmpty() || agentId.get().equalsIgnoreCase(w.path("agentId").asText(null)))
                .toList();
        int from = Math.min(offset, matching.size());
        int to = Math.min(from + pageSize, matching.size());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("next", to < matching.size() ? pageUrl(call, to, call.query("pageSize"), agentId) : null);
        body.put("previous", from > 0 ? pageUrl(call, Math.max(0, from - pageSize), call.query("pageSize"), agentId) : null);
        ArrayNode results = body.putArray("results");
        matching.subList(from, to).forEach(results::add);
        body.put("total", matching.size());
        call.json(200, body);
    }

    /** An absolute URL on the origin the client used, as DRF's build_absolute_uri gives. */
    private static String pageUrl(Call call, int offset, Optional<String> pageSize, Optional<String> agentId) {
        StringJoiner query = new StringJoiner("&");
        if (offset > 0) query.add("cursor=" + encodeCursor(offset));
        pageSize.ifPresent(p -> query.add("pageSize=" + URLEncoder.encode(p, StandardCharsets.UTF_8)));
        agentId.ifPresent(a -> query.add("agentId=" + URLEncoder.encode(a, StandardCharsets.UTF_8)));
        String url = call.pageOrigin() + call.mount() + "/api/webhooks";
        return query.length() == 0 ? url : url + "?" + query;
    }

    private static String encodeCursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o=" + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decodeCursor(String cursor) {
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        if (!decoded.matches("o=\\d{1,9}")) throw new IllegalArgumentException("bad cursor");
        return Integer.parseInt(decoded.substring(2));
    }

    /** DRF ignores a page size it cannot read and caps one that is too large. */
    private static int parsePageSize(String value) {
        try {
            int size = Integer.parseInt(value);
            return size < 1 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            return DEFAULT_PAGE_SIZE;
        }
    }

    @Override
    void notFound(Call call) throws IOException {
        detail(call, 404, "Not found.");
    }

    @Override
    void rateLimited(Call call, int retryAfterSeconds) throws IOException {
        detail(call, 429, "Request was throttled. Expected available in " + retryAfterSeconds
                + (retryAfterSeconds == 1 ? " second." : " seconds."));
    }

    @Override
    void unavailable(Call call, int retryAfterSeconds) throws IOException {
        detail(call, 503, "Service temporarily unavailable, try again later.");
    }

    /** Django's production 500 page. */
    @Override
    void serverErrorHtml(Call call) throws IOException {
        call.sendText(500, "text/html; charset=utf-8", """
                <!doctype html>
                <html lang="en">
                <head>
                  <title>Server Error (500)</title>
                </head>
                <body>
                  <h1>Server Error (500)</h1><p></p>
                </body>
                </html>
                """);
    }

    @Override
    void internalError(Call call) throws IOException {
        serverErrorHtml(call);
    }

    private static void detail(Call call, int status, String message) throws IOException {
        call.json(status, JsonNodeFactory.instance.objectNode().put("detail", message));
    }
}
