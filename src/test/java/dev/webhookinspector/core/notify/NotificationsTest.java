package dev.webhookinspector.core.notify;

import static dev.webhookinspector.core.notify.Webhooks.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.model.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What a user watching a webhook is told when it changes, and when they are rightly told nothing. */
class NotificationsTest {
    static final WebhookKey CRM = new WebhookKey("acme-prod", new ProviderId("featurebase"), FEATUREBASE_ID);
    static final WebhookKey VOICE = new WebhookKey("voice", new ProviderId("ultravox"), ULTRAVOX_ID);
    static final String CRM_LINE = "Featurebase · profile acme-prod · ID 6650c3e2a1b4f9d8e7c6b5a2 · crm-bridge.acme.example";
    static final String VOICE_LINE = "Ultravox · profile voice · ID " + ULTRAVOX_ID + " · support-bot.acme-voice.example";

    /** One Featurebase snapshot per verdict, all of the same webhook. */
    static final Map<Verdict, Supplier<Snapshot>> ONE_OF_EACH = new EnumMap<>(Map.of(
            Verdict.HEALTHY, Webhooks::healthy, Verdict.FAILING, Webhooks::failing502, Verdict.PAUSED, Webhooks::paused,
            Verdict.DISABLED, Webhooks::disabled, Verdict.NO_DELIVERIES, Webhooks::neverDelivered, Verdict.UNKNOWN, Webhooks::unknownStatus));

    static Optional<Notification> decide(Snapshot before, Snapshot after) {
        return Notifications.decide(CRM, before, after);
    }

    @Test
    void everyVerdictHasItsSnapshot() {
        ONE_OF_EACH.forEach((verdict, snapshot) -> assertEquals(verdict, snapshot.get().verdict()));
    }

    /** Every verdict followed by every verdict: the whole table of what is worth a notification. */
    static Stream<Arguments> everyPairOfVerdicts() {
        List<Arguments> pairs = new ArrayList<>();
        for (Verdict before : Verdict.values()) {
            for (Verdict after : Verdict.values()) {
                Change expected = before == after ? null : switch (after) {
                    case FAILING -> Change.FAILING;
                    case DISABLED -> Change.DISABLED;
                    case PAUSED -> Change.PAUSED;
                    case HEALTHY -> before == Verdict.FAILING || before == Verdict.PAUSED || before == Verdict.DISABLED ? Change.RECOVERED : null;
                    case NO_DELIVERIES, UNKNOWN -> null;
                };
                pairs.add(Arguments.of(before, after, expected));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @MethodSource("everyPairOfVerdicts")
    void aVerdictChangeNotifiesOnlyWhenItMatters(Verdict before, Verdict after, Change expected) {
        Optional<Notification> n = decide(ONE_OF_EACH.get(before).get(), ONE_OF_EACH.get(after).get());
        assertEquals(Optional.ofNullable(expected), n.map(Notification::change));
        n.ifPresent(x -> assertEquals(after, x.verdict()));
    }

    @ParameterizedTest
    @EnumSource(Verdict.class)
    void theFirstLookAtAWebhookNeverNotifiesWhateverItsState(Verdict verdict) {
        VerdictWatch watch = new VerdictWatch(new Mutes());
        assertEquals(Optional.empty(), watch.observe(CRM, ONE_OF_EACH.get(verdict).get()));
    }

    @Test
    void healthyThenFailingSaysWhichWebhookAndWhy() {
        Notification n = decide(healthy(), failing502()).orElseThrow();
        assertEquals(Change.FAILING, n.change());
        assertEquals("CRM bridge is failing", n.title());
        assertEquals("3 consecutive failures; the last attempt answered HTTP 502.\n" + CRM_LINE, n.body());
        assertEquals(CRM, n.webhook());
        assertEquals(List.of(), n.newKinds());
    }

    @Test
    void failingThenHealthySaysItRecovered() {
        Notification n = decide(failing502(), healthy()).orElseThrow();
        assertEquals("CRM bridge is healthy again", n.title());
        assertEquals("Active, and the last delivery answered HTTP 200.\n" + CRM_LINE, n.body());
    }

    @Test
    void disabledByTheProviderNamesTheProvider() {
        Notification n = decide(failing502(), disabled()).orElseThrow();
        assertEquals("CRM bridge was disabled by Featurebase", n.title());
        assertEquals("Featurebase suspended it after its endpoint answered HTTP 410; nothing is delivered until it is re-enabled.\n"
                + CRM_LINE, n.body());
    }

    @Test
    void pausedByItsOwnerSaysSo() {
        Notification n = decide(healthy(), paused()).orElseThrow();
        assertEquals("CRM bridge was paused", n.title());
        assertEquals("Paused by its owner: Featurebase delivers nothing until it is resumed.\n" + CRM_LINE, n.body());
    }

    @Test
    void resumedAfterAPauseIsARecovery() {
        assertEquals("CRM bridge is healthy again", decide(paused(), healthy()).orElseThrow().title());
    }

    @Test
    void aNewKindOfFailureWhileFailingIsToldWithTheKindsLabel() {
        Notification n = decide(failing502(), failing404()).orElseThrow();
        assertEquals(Change.NEW_FAILURE_KIND, n.change());
        assertEquals("CRM bridge: a new kind of failure", n.title());
        assertEquals("New kind of failure: HTTP 4xx. 4 consecutive failures; the last attempt answered HTTP 404.\n" + CRM_LINE, n.body());
        assertEquals(List.of(FailureKind.HTTP_4XX), n.newKinds());
    }

    @Test
    void failingTheSameWayAgainIsNoNews() {
        assertEquals(Optional.empty(), decide(failing502(), featurebase("active", 9, 503, "Service Unavailable")));
        assertEquals(Optional.empty(), decide(failing502(), failing502()));
    }

    @Test
    void aWebhookWithoutANameIsNamedByProviderAndIdAndSeveralNewKindsAreListedBiggestFirst() {
        Snapshot before = ultravox("unhealthy", "HTTP 502 Bad Gateway");
        Snapshot after = ultravox("unhealthy", "Request timed out after 10 seconds", "SSL: CERTIFICATE_VERIFY_FAILED certificate has expired",
                "Request timed out after 10 seconds", "HTTP 502 Bad Gateway");
        Notification n = Notifications.decide(VOICE, before, after).orElseThrow();
        assertEquals("Ultravox webhook " + ULTRAVOX_ID + ": a new kind of failure", n.title());
        assertEquals("New kinds of failure: Timeout, TLS. Ultravox marked it unhealthy after 4 recent failures.\n" + VOICE_LINE, n.body());
        assertEquals(List.of(FailureKind.TIMEOUT, FailureKind.TLS), n.newKinds());
    }

    @Test
    void aNewKindWhileTheProviderStillCallsItHealthyIsToldToo() {
        Notification n = Notifications.decide(VOICE, ultravox("normal"), ultravox("normal", "Connection refused")).orElseThrow();
        assertEquals("New kind of failure: Connection refused. Ultravox reports status normal despite 1 recent failure.\n" + VOICE_LINE, n.body());
    }

    @Test
    void aKindThatGoesAwayIsNoNews() {
        assertEquals(Optional.empty(), Notifications.decide(VOICE,
                ultravox("unhealthy", "Connection refused", "HTTP 500 Internal Server Error"), ultravox("unhealthy", "HTTP 500 Internal Server Error")));
    }

    @Test
    void aChangeOfVerdictIsOneNotificationEvenWhenNewKindsCameWithIt() {
        Notification n = Notifications.decide(VOICE, ultravox("normal"), ultravox("unhealthy", "Connection refused", "HTTP 404 Not Found")).orElseThrow();
        assertEquals(Change.FAILING, n.change());
        assertEquals("Ultravox webhook " + ULTRAVOX_ID + " is failing", n.title());
        assertEquals(List.of(), n.newKinds());
    }

    @Test
    void neverASecretNorMoreOfTheUrlThanItsHost() {
        Snapshot named = featurebase(featurebaseBody("active", 3, 502, "Bad Gateway").put("name", "CRM bridge " + SIGNING_SECRET));
        List<Notification> all = Stream.of(decide(healthy(), named), decide(failing502(), healthy()), decide(healthy(), disabled()),
                decide(healthy(), paused()), decide(failing502(), failing404())).map(Optional::orElseThrow).toList();
        for (Notification n : all) {
            String shown = n.title() + "\n" + n.body();
            for (String secret : List.of(SIGNING_SECRET, "Lp4Xz8Kq2Vn6", "hunter2", "ops:", "token", "tok_9f8e", "/hooks", "featurebase?")) {
                assertFalse(shown.contains(secret), () -> "\"" + secret + "\" shown in: " + shown);
            }
            assertTrue(shown.endsWith("· crm-bridge.acme.example"), shown);
        }
        assertEquals("CRM bridge whsec_********s0Ya is failing", all.getFirst().title());
        String voice = Notifications.decide(VOICE, ultravox("normal"), ultravox("unhealthy", "HTTP 500")).orElseThrow().body();
        assertFalse(voice.contains(ULTRAVOX_SECRET) || voice.contains("k_31337") || voice.contains("/webhooks"), voice);
    }

    @Test
    void aNameThatTriesToRewriteTheScreenIsShownEscaped() {
        Snapshot hostile = featurebase(featurebaseBody("active", 3, 502, "Bad Gateway").put("name", "CRM\u001b]0;pwned\u0007 bridge\u202E"));
        Notification n = decide(healthy(), hostile).orElseThrow();
        assertEquals("CRM\\x1b]0;pwned\\x07 bridge\\u202E is failing", n.title());
    }

    @Test
    void aVeryLongNameIsCut() {
        Snapshot longName = featurebase(featurebaseBody("active", 3, 502, "Bad Gateway").put("name", "x".repeat(500)));
        String title = decide(healthy(), longName).orElseThrow().title();
        assertEquals("x".repeat(Notifications.MAX_NAME - 1) + "… is failing", title);
    }

    @Test
    void withoutAProfileTheBodyLeavesItOut() {
        WebhookKey adHoc = new WebhookKey("", new ProviderId("featurebase"), FEATUREBASE_ID);
        assertEquals("3 consecutive failures; the last attempt answered HTTP 502.\n"
                        + "Featurebase · ID 6650c3e2a1b4f9d8e7c6b5a2 · crm-bridge.acme.example",
                Notifications.decide(adHoc, healthy(), failing502()).orElseThrow().body());
    }

    @Test
    void aUrlThatIsNoUrlIsLeftOut() {
        Snapshot odd = featurebase(featurebaseBody("active", 3, 502, "Bad Gateway").put("url", "not a url ?token=abc"));
        String body = decide(healthy(), odd).orElseThrow().body();
        assertTrue(body.endsWith("· ID 6650c3e2a1b4f9d8e7c6b5a2"), body);
    }

    @Test
    void snapshotsOfAnotherWebhookAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Notifications.decide(VOICE, healthy(), failing502()));
        assertThrows(IllegalArgumentException.class, () -> new VerdictWatch(new Mutes()).observe(VOICE, healthy()));
    }
}
