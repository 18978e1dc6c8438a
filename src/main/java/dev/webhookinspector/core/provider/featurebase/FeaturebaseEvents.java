package dev.webhookinspector.core.provider.featurebase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.delivery.EventBodies;
import dev.webhookinspector.core.delivery.Sample;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Featurebase's envelope {@code {"id": "notif_…", "topic": "post.created", "data": {...}}}, with the webhook's own
 * requestConfig: its custom headers go with every delivery, and its timeoutMs is how long Featurebase waits.
 */
final class FeaturebaseEvents {
    private FeaturebaseEvents() {}

    static Sample sample(String topic, Snapshot webhook, Instant at) {
        String noun = topic.contains(".") ? topic.substring(0, topic.indexOf('.')) : "post";
        ObjectNode item = EventBodies.object()
                .put("id", Long.toHexString(at.getEpochSecond()) + "a1b4f9d8e7c6b5a9".substring(0, 16))
                .put("object", noun);
        switch (noun) {
            case "comment" -> item.put("content", "Would love this on mobile too.").put("postId", "6650c3e2a1b4f9d8e7c6b5a9");
            case "changelog" -> item.put("title", "November release").put("slug", "november-release");
            default -> item.put("title", "Dark mode").put("slug", "dark-mode").put("upvotes", 42);
        }
        item.put("createdAt", at.toString());
        ObjectNode data = EventBodies.object().put("type", "notification_event_data");
        data.set("item", item);
        ObjectNode body = EventBodies.object()
                .put("id", "notif_" + UUID.nameUUIDFromBytes((webhook.id() + at).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .put("topic", topic);
        body.set("data", data);
        JsonNode config = webhook.raw() == null ? null : webhook.raw().path("requestConfig");
        Map<String, String> headers = new LinkedHashMap<>();
        if (config != null && config.path("headers").isObject()) {
            config.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
        }
        long timeoutMs = config == null ? 0 : config.path("timeoutMs").asLong(0);
        return new Sample(topic, EventBodies.bytes(body), headers, timeoutMs > 0 ? Duration.ofMillis(timeoutMs) : Duration.ofSeconds(30));
    }
}
