package dev.webhookinspector.core.provider.ultravox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.core.delivery.EventBodies;
import dev.webhookinspector.core.delivery.Sample;
import dev.webhookinspector.core.model.Snapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Ultravox's call events: {@code {"event": "call.ended", "call": {...}}} with a call object as its API returns one. */
final class UltravoxEvents {
    private UltravoxEvents() {}

    static Sample sample(String event, Snapshot webhook, Instant at) {
        // A stable call ID per webhook and moment, so a repeated test shows the same call.
        String callId = UUID.nameUUIDFromBytes((webhook.id() + at).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        ObjectNode call = EventBodies.object()
                .put("callId", callId)
                .put("created", at.minusSeconds(95).toString())
                .put("joined", event.equals("call.started") ? null : at.minusSeconds(93).toString())
                .put("ended", event.equals("call.ended") || event.equals("call.billed") ? at.minusSeconds(2).toString() : null)
                .put("endReason", event.equals("call.ended") || event.equals("call.billed") ? "hangup" : null)
                .put("model", "fixie-ai/ultravox")
                .put("voice", "Mark")
                .put("languageHint", "en")
                .put("maxDuration", "3600s");
        if (webhook.scope() != null && webhook.scope().id() != null) call.put("agentId", webhook.scope().id());
        if (event.equals("call.billed")) call.put("billedDuration", "93s").put("billingStatus", "BILLING_STATUS_BILLED");
        ObjectNode body = EventBodies.object().put("event", event);
        body.set("call", call);
        return new Sample(event, EventBodies.bytes(body), Map.of(), Duration.ofSeconds(10));
    }
}
