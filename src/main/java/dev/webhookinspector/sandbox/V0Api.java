package dev.webhookinspector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * v0 (Vercel): {@code GET /v2/hooks/{id}} and the unpaginated list, key as a Bearer token.
 * Errors are v2 {"message": "..."}; one ID answers with the legacy v1 shape.
 */
final class V0Api extends ProviderApi {
    V0Api(Fixtures fixtures, Faults faults, URI otherHostBase) {
        super(fixtures, faults, otherHostBase);
    }

    @Override String id() { return "v0"; }

    @Override String demoKey() { return DemoFixtures.V0_DEMO_KEY; }

    @Override String idField() { return "id"; }

    @Override String bulkKey() { return DemoFixtures.V0_BULK_KEY; }

    /** v0 reports no health, so only the fields vary: every fifth is scoped to a chat. */
    @Override
    ObjectNode bulkWebhook(int n, FixtureTime time) {
        ObjectNode w = JsonNodeFactory.instance.objectNode();
        w.put("id", String.format(Locale.ROOT, "wh_bulk_%03d", n));
        w.put("createdAt", time.ago(Duration.ofDays(1 + n % 200).plusMinutes(n), 3));
        w.put("name", bulkName(n));
        w.putArray("events").add("chat.created").add("message.finished");
        w.put("url", bulkUrl(n));
        w.put("chatId", n % 5 == 4 ? String.format(Locale.ROOT, "chat_bulk_%03d", n) : null);
        return w;
    }

    @Override
    void serve(Call call) throws IOException, InterruptedException {
        Optional<String> key = bearerToken(call).filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            message(call, 401, "Missing API key. Send it as Authorization: Bearer <V0_API_KEY>.");
            return;
        }
        Optional<Account> account = account(key.get());
        if (account.isEmpty()) {
            message(call, 401, "Invalid API key.");
            return;
        }
        List<String> path = call.segments();
        boolean list = path.equals(List.of("v2", "hooks"));
        boolean get = path.size() == 3 && path.get(0).equals("v2") && path.get(1).equals("hooks") && !path.get(2).isEmpty();
        if (!list && !get) {
            message(call, 404, "Not found.");
            return;
        }
        if (!isGet(call)) {
            call.setHeader("Allow", "GET, HEAD");
            message(call, 405, "Method " + call.method() + " is not allowed on this endpoint.");
            return;
        }
        if (list) {
            ArrayNode hooks = JsonNodeFactory.instance.arrayNode();
            webhooks(account.get()).forEach(w -> hooks.addObject().put("id", w.path("id").asText()).put("name", w.path("name").asText()));
            call.json(200, hooks);
            return;
        }
        String hookId = path.get(2);
        if (hookId.equals(DemoFixtures.V0_LEGACY_ERROR)) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putObject("error").put("message", "An unexpected error occurred while loading the webhook.").put("type", "internal_error");
            call.json(500, body);
        } else if (!serveTrigger(call, hookId)) {
            Optional<ObjectNode> webhook = find(account.get(), hookId);
            if (webhook.isPresent()) call.json(200, webhook.get());
            else notFound(call);
        }
    }

    @Override
    void notFound(Call call) throws IOException {
        message(call, 404, "Webhook not found.");
    }

    @Override
    void rateLimited(Call call, int retryAfterSeconds) throws IOException {
        message(call, 429, "Rate limit exceeded. Try again in " + retryAfterSeconds + " s.");
    }

    @Override
    void unavailable(Call call, int retryAfterSeconds) throws IOException {
        message(call, 503, "Service temporarily unavailable.");
    }

    /** A platform gateway's 502 page, as seen when the function behind the API fails. */
    @Override
    void serverErrorHtml(Call call) throws IOException {
        call.sendText(502, "text/html; charset=utf-8", """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>502: BAD_GATEWAY</title></head>\
                <body><main><h1>502: BAD_GATEWAY</h1><p>Code: <code>FUNCTION_INVOCATION_FAILED</code></p>\
                <p>ID: <code>fra1::sfo1::8x2kq-1718000000000-4f3c2b1a9d8e</code></p></main></body></html>
                """);
    }

    @Override
    void internalError(Call call) throws IOException {
        message(call, 500, "Internal server error.");
    }

    private static void message(Call call, int status, String message) throws IOException {
        call.json(status, JsonNodeFactory.instance.objectNode().put("message", message));
    }
}
