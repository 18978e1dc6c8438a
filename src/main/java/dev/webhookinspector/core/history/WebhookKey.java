package dev.webhookinspector.core.history;

import java.util.Objects;

/**
 * Which webhook a history belongs to: the profile it was fetched through, its provider and its ID. The profile is part
 * of the key because two profiles may reach two accounts (or a sandbox) that reuse an ID.
 */
public record WebhookKey(String profile, String provider, String webhookId) {
    public WebhookKey {
        Objects.requireNonNull(profile);
        Objects.requireNonNull(provider);
        Objects.requireNonNull(webhookId);
    }
}
