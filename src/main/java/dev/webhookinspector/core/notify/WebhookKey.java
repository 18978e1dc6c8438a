package dev.webhookinspector.core.notify;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Snapshot;
import java.util.Objects;

/**
 * Which watched webhook a notification, a mute or a click is about: the same ID under two profiles (two
 * accounts, two environments) is two webhooks.
 *
 * @param profile the profile's name, or empty when the webhook is watched without a saved profile
 */
public record WebhookKey(String profile, ProviderId provider, String webhookId) {
    public WebhookKey {
        profile = profile == null ? "" : profile;
        Objects.requireNonNull(provider);
        Objects.requireNonNull(webhookId);
    }

    public static WebhookKey of(String profile, Snapshot snapshot) {
        return new WebhookKey(profile, snapshot.provider(), snapshot.id());
    }
}
