package dev.webhookinspector.core.delivery;

import java.time.Duration;
import java.util.Map;

/**
 * A realistic test event as the provider would send it for one webhook: the body, the webhook's own delivery
 * headers (Featurebase's requestConfig.headers) and how long the provider waits for an answer.
 */
public record Sample(String event, byte[] body, Map<String, String> webhookHeaders, Duration timeout) {
    public Sample {
        webhookHeaders = Map.copyOf(webhookHeaders);
    }
}
