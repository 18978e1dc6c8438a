package dev.webhookinspector.core.provider.v0;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.delivery.EventBodies;
import dev.webhookinspector.core.delivery.Sample;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** v0's chat and message events; v0 documents neither the envelope nor signing, so this is a plain, readable guess. */
final class V0Events {
    private V0Events() {}

    static Sample sample(String event, Snapshot webhook, Instant at) {
        String chatId = webhook.scope() != null && webhook.scope().id() != null ? webhook.scope().id() : "chat_demo0001";
        ObjectNode data = EventBodies.object().put("chatId", chatId);
        if (event.startsWith("message.")) data.put("messageId", "msg_" + Long.toHexString(at.getEpochSecond())).put("role", "assistant");
        ObjectNode body = EventBodies.object().put("type", event).put("createdAt", at.toString()).put("webhookId", webhook.id());
        body.set("data", data);
        return new Sample(event, EventBodies.bytes(body), Map.of(), Duration.ofSeconds(30));
    }
}
