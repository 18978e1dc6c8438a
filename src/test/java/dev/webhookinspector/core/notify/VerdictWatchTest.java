package dev.webhookinspector.core.notify;

import static dev.webhookinspector.core.notify.Webhooks.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Snapshot;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A watch that looks again and again: one notification per change, none for the same news twice, none when muted. */
class VerdictWatchTest {
    static final WebhookKey CRM = NotificationsTest.CRM;
    final Mutes mutes = new Mutes();
    final VerdictWatch watch = new VerdictWatch(mutes);

    /** The titles a user would have seen after these looks, in order. */
    List<String> look(WebhookKey key, Snapshot... snapshots) {
        return java.util.Arrays.stream(snapshots).map(s -> watch.observe(key, s)).flatMap(Optional::stream).map(Notification::title).toList();
    }

    @Test
    void aChangeIsToldOnceHoweverOftenTheSameStateIsSeen() {
        assertEquals(List.of("CRM bridge is failing", "CRM bridge is healthy again"),
                look(CRM, healthy(), healthy(), failing502(), failing502(), failing502(), healthy(), healthy()));
    }

    @Test
    void aKindThatComesAndGoesWhileFailingIsToldTheFirstTimeOnly() {
        assertEquals(List.of("CRM bridge is failing", "CRM bridge: a new kind of failure"),
                look(CRM, healthy(), failing502(), failing404(), failing502(), failing404(), failing502()));
    }

    @Test
    void afterARecoveryTheSameKindIsNewsAgain() {
        assertEquals(List.of("CRM bridge: a new kind of failure", "CRM bridge is healthy again", "CRM bridge is failing",
                        "CRM bridge: a new kind of failure"),
                look(CRM, failing502(), failing404(), healthy(), failing502(), failing404()));
    }

    @Test
    void aMutedWebhookIsQuietAndUnmutingItBringsNoOldNews() {
        mutes.mute(CRM);
        assertEquals(List.of(), look(CRM, healthy(), failing502(), disabled()));
        mutes.unmute(CRM);
        assertEquals(List.of(), look(CRM, disabled()), "it was disabled while muted: old news");
        assertEquals(List.of("CRM bridge is healthy again"), look(CRM, healthy()));
    }

    @Test
    void muteIsPerProfileAndWebhook() {
        WebhookKey staging = new WebhookKey("acme-staging", new ProviderId("featurebase"), FEATUREBASE_ID);
        mutes.mute(staging);
        assertEquals(List.of("CRM bridge is failing"), look(CRM, healthy(), failing502()));
        assertEquals(List.of(), look(staging, healthy(), failing502()));
    }

    @Test
    void mutesRoundTripThroughWhatTheCallerSaves() {
        WebhookKey voice = NotificationsTest.VOICE;
        assertTrue(mutes.mute(CRM));
        assertFalse(mutes.mute(CRM), "already muted");
        mutes.mute(voice);
        Mutes loaded = new Mutes(mutes.all());
        assertTrue(loaded.isMuted(CRM) && loaded.isMuted(voice));
        assertTrue(loaded.unmute(voice));
        assertFalse(loaded.unmute(voice));
        assertEquals(Set.of(CRM), loaded.all());
        assertEquals(Set.of(CRM, voice), mutes.all(), "each Mutes is its own copy");
    }

    @Test
    void aForgottenWebhookStartsOverWithASilentFirstLook() {
        look(CRM, healthy());
        watch.forget(CRM);
        assertEquals(List.of(), look(CRM, failing502()));
        assertEquals(List.of("CRM bridge is healthy again"), look(CRM, healthy()));
    }

    @Test
    void twoWebhooksAreFollowedApart() {
        WebhookKey voice = NotificationsTest.VOICE;
        look(CRM, healthy());
        look(voice, ultravox("normal"));
        assertEquals(List.of("CRM bridge is failing"), look(CRM, failing502()));
        assertEquals(List.of(), look(voice, ultravox("normal")));
    }
}
