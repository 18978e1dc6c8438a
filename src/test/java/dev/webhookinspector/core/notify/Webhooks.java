package dev.webhookinspector.core.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.Providers;
import java.time.Instant;

/**
 * Snapshots of one Featurebase and one Ultravox webhook in any state, made as a fetch makes them: a body in
 * the provider's documented shape, mapped by the provider itself, so verdicts and reasons are the real ones.
 */
final class Webhooks {
    static final String FEATUREBASE_ID = "6650c3e2a1b4f9d8e7c6b5a2";
    static final String ULTRAVOX_ID = "c0a8e4f2-3b1d-4e7a-8c9f-2d5b6a7e9f10";
    static final String SIGNING_SECRET = "whsec_Lp4Xz8Kq2Vn6Rt1Mb9Wc3Hd7Jf5Gs0Ya";
    static final String ULTRAVOX_SECRET = "Hk3Vx7Nb1Qz5Lm9Rt2Wp6Jc4Fd8Gs0YaE";
    /** User info, a path and a query that carry credentials: only the host may be shown. */
    static final String FEATUREBASE_URL = "https://ops:hunter2@crm-bridge.acme.example/hooks/featurebase?token=tok_9f8e7d6c5b4a";
    static final String ULTRAVOX_URL = "https://support-bot.acme-voice.example/webhooks/ultravox?key=k_31337";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private Webhooks() {}

    static ObjectNode featurebaseBody(String status, long consecutiveFailures, Integer lastCode, String lastMessage) {
        ObjectNode body = JSON.createObjectNode()
                .put("object", "webhook").put("id", FEATUREBASE_ID).put("name", "CRM bridge").put("url", FEATUREBASE_URL)
                .put("secret", SIGNING_SECRET).put("status", status);
        body.putArray("topics").add("comment.created");
        if (lastCode != null) {
            body.putObject("lastStatus").put("code", lastCode).put("message", lastMessage).put("timestamp", NOW.minusSeconds(60).toString());
        }
        ObjectNode health = body.putObject("health").put("consecutiveFailures", consecutiveFailures);
        if (lastCode != null) health.put("lastSuccessAt", NOW.minusSeconds(3600).toString());
        return body;
    }

    static Snapshot featurebase(ObjectNode body) {
        return Providers.byId("featurebase").orElseThrow().toSnapshot(FEATUREBASE_ID, body);
    }

    static Snapshot featurebase(String status, long consecutiveFailures, Integer lastCode, String lastMessage) {
        return featurebase(featurebaseBody(status, consecutiveFailures, lastCode, lastMessage));
    }

    static Snapshot healthy() { return featurebase("active", 0, 200, "OK"); }

    static Snapshot failing502() { return featurebase("active", 3, 502, "Bad Gateway"); }

    static Snapshot failing404() { return featurebase("active", 4, 404, "Not Found"); }

    static Snapshot paused() { return featurebase("paused", 0, 200, "OK"); }

    static Snapshot disabled() { return featurebase("suspended", 5, 410, "Gone"); }

    static Snapshot neverDelivered() { return featurebase("active", 0, null, null); }

    static Snapshot unknownStatus() { return featurebase("archived", 0, 200, "OK"); }

    /** @param failures the recent failures' texts, newest first, as Ultravox words them */
    static Snapshot ultravox(String status, String... failures) {
        ObjectNode body = JSON.createObjectNode().put("webhookId", ULTRAVOX_ID).put("url", ULTRAVOX_URL)
                .put("status", status).put("created", NOW.minusSeconds(86_400 * 40).toString());
        body.putArray("secrets").add(ULTRAVOX_SECRET);
        body.putArray("events").add("call.ended");
        ArrayNode recent = body.putArray("recentFailures");
        for (int i = 0; i < failures.length; i++) {
            recent.addObject().put("timestamp", NOW.minusSeconds(600L * (i + 1)).toString()).put("failure", failures[i]);
        }
        return Providers.byId("ultravox").orElseThrow().toSnapshot(ULTRAVOX_ID, body);
    }
}
