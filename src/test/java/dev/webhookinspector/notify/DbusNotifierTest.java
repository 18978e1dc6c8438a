package dev.webhookinspector.notify;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.webhookinspector.Await;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.notify.Change;
import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.notify.WebhookKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Desktop notifications over a real D-Bus: a private session bus, a stand-in for the desktop's notification
 * daemon on it, and our notifier talking to it as it would to GNOME Shell or dunst.
 */
class DbusNotifierTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final AppIdentity APP = new AppIdentity("Webhook Inspector", "", AppIdentity.DESKTOP_ENTRY);
    static final WebhookKey CRM = new WebhookKey("acme-prod", new ProviderId("featurebase"), "6650c3e2a1b4f9d8e7c6b5a2");
    static final WebhookKey VOICE = new WebhookKey("voice", new ProviderId("ultravox"), "c0a8e4f2-3b1d-4e7a-8c9f-2d5b6a7e9f10");

    @TempDir static Path busDir;
    static PrivateSessionBus bus;
    NotificationServerDouble server;
    DbusNotifier notifier;
    final List<String> told = new CopyOnWriteArrayList<>();
    final List<WebhookKey> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBus() throws Exception {
        Optional<Path> daemon = PrivateSessionBus.findDaemon();
        assumeTrue(daemon.isPresent(), "dbus-daemon is not installed (Debian and Ubuntu: apt-get install dbus-daemon, or dbus-x11 which"
                + " brings it), so the desktop-notification tests cannot start a private session bus");
        bus = PrivateSessionBus.start(daemon.get(), busDir);
    }

    @AfterAll
    static void stopBus() throws Exception {
        if (bus != null) bus.close();
    }

    @AfterEach
    void stop() {
        if (notifier != null) notifier.close();
        if (server != null) server.close();
    }

    DbusNotifier notifierOnTheBus() {
        notifier = new DbusNotifier(() -> Optional.of(bus.address()), APP, Duration.ofSeconds(20));
        notifier.onUnavailable(told::add);
        notifier.onActivated(opened::add);
        return notifier;
    }

    static Notification failing(WebhookKey key, String title, String body) {
        return new Notification(key, Change.FAILING, Verdict.FAILING, title, body, List.of());
    }

    NotificationServerDouble.Received awaitNotify(int count) {
        Await.until("the notification server received " + count + " notification(s); the notifier said " + told,
                () -> server.received().size() >= count, WAIT);
        return server.received().get(count - 1);
    }

    @Test
    void aNotificationReachesTheDesktopWithItsTitleBodyAndClickAction() throws Exception {
        server = NotificationServerDouble.start(bus.address(), List.of("actions", "body"));
        notifierOnTheBus().show(failing(CRM, "CRM bridge is failing", "3 consecutive failures; the last attempt answered HTTP 502.\n"
                + "Featurebase · profile acme-prod · ID 6650c3e2a1b4f9d8e7c6b5a2 · crm-bridge.acme.example"));

        NotificationServerDouble.Received n = awaitNotify(1);
        assertEquals("Webhook Inspector", n.appName());
        assertEquals("CRM bridge is failing", n.summary());
        assertEquals("3 consecutive failures; the last attempt answered HTTP 502.\n"
                + "Featurebase · profile acme-prod · ID 6650c3e2a1b4f9d8e7c6b5a2 · crm-bridge.acme.example", n.body());
        assertEquals(List.of("default", "Open"), n.actions());
        assertEquals(Map.of("desktop-entry", "webhook-inspector-webhook-inspector"), n.hints());
        assertEquals(0, n.replacesId());
        assertEquals(-1, n.expireTimeout(), "the desktop decides how long it stays");
        assertEquals(Optional.empty(), notifier.unavailable());
        assertEquals(List.of(), told);
    }

    @Test
    void clickingANotificationOpensItsWebhookAndOnlyThat() throws Exception {
        server = NotificationServerDouble.start(bus.address(), List.of("actions", "body"));
        notifierOnTheBus().show(failing(CRM, "CRM bridge is failing", "b"));
        long crmId = awaitNotify(1).id();
        notifier.show(failing(VOICE, "Ultravox webhook is failing", "b"));
        long voiceId = awaitNotify(2).id();

        server.invoke(crmId, "some-other-button");
        server.invoke(999_999, "default");
        server.invoke(voiceId, "default");
        Await.until("the click reached the app", () -> !opened.isEmpty(), WAIT);
        assertEquals(List.of(VOICE), opened, "a click on another action or on a notification we never sent opens nothing");

        server.invoke(crmId, "default");
        Await.until("the second click reached the app", () -> opened.size() == 2, WAIT);
        assertEquals(List.of(VOICE, CRM), opened);
    }

    @Test
    void newsOfTheSameWebhookReplacesItsEarlierNotification() throws Exception {
        server = NotificationServerDouble.start(bus.address(), List.of("actions", "body"));
        notifierOnTheBus().show(failing(CRM, "CRM bridge is failing", "b"));
        long first = awaitNotify(1).id();
        notifier.show(new Notification(CRM, Change.RECOVERED, Verdict.HEALTHY, "CRM bridge is healthy again", "b", List.of()));
        notifier.show(failing(VOICE, "Ultravox webhook is failing", "b"));
        assertEquals(first, awaitNotify(2).replacesId());
        assertEquals(0, awaitNotify(3).replacesId(), "another webhook's news stands on its own");
    }

    @Test
    void aServerThatReadsMarkupGetsTheBodyEscapedAndTheTitleAsIs() throws Exception {
        server = NotificationServerDouble.start(bus.address(), List.of("actions", "body", "body-markup"));
        notifierOnTheBus().show(failing(CRM, "<b>R&D</b> is failing", "Reports status \"<i>\" & more"));
        NotificationServerDouble.Received n = awaitNotify(1);
        assertEquals("<b>R&D</b> is failing", n.summary(), "the specification never reads the summary as markup");
        assertEquals("Reports status \"&lt;i&gt;\" &amp; more", n.body());
    }

    @Test
    void aDesktopWithoutANotificationServiceIsToldOnceInOneLine() {
        notifierOnTheBus().show(failing(CRM, "t", "b"));
        notifier.show(failing(VOICE, "t", "b"));
        Await.until("the notifier reported that nothing serves notifications", () -> !told.isEmpty(), WAIT);
        notifier.show(failing(CRM, "t", "b"));
        assertEquals(List.of("Desktop notifications are unavailable: no notification service runs on this desktop"
                + " (nothing owns org.freedesktop.Notifications)."), told);
        assertEquals(Optional.of(told.getFirst()), notifier.unavailable());
    }

    @Test
    void prepareFindsAMissingServiceBeforeAnythingIsShown() {
        notifierOnTheBus().prepare();
        Await.until("prepare() found that nothing serves notifications", () -> notifier.unavailable().isPresent(), WAIT);
        assertEquals(1, told.size());
    }
}
