package dev.webhookinspector.notify;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.Await;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.notify.Change;
import dev.webhookinspector.core.notify.Notification;
import dev.webhookinspector.core.notify.Notifier;
import dev.webhookinspector.core.notify.WebhookKey;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where there is no bus, or one that does not answer, the user gets one line and nothing waits for it. These need no dbus-daemon. */
class NotifiersTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Notification SOME = new Notification(new WebhookKey("p", new ProviderId("featurebase"), "6650c3e2a1b4f9d8e7c6b5a2"),
            Change.FAILING, Verdict.FAILING, "CRM bridge is failing", "b", List.of());
    final List<String> told = new CopyOnWriteArrayList<>();

    String awaitTold(Notifier notifier) {
        Await.until("the notifier said why it cannot notify", () -> !told.isEmpty(), WAIT);
        notifier.close();
        assertEquals(1, told.size(), () -> "told more than once: " + told);
        assertFalse(told.getFirst().contains("\n") || told.getFirst().contains("\tat "), told.getFirst());
        return told.getFirst();
    }

    @Test
    void withoutASessionBusTheUserLearnsWhy() {
        Notifier notifier = new DbusNotifier(Optional::empty, AppIdentity.ofThisApp(), Duration.ofSeconds(5));
        notifier.onUnavailable(told::add);
        notifier.show(SOME);
        assertEquals("Desktop notifications are unavailable: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set).",
                awaitTold(notifier));
    }

    @Test
    void aBusAddressWhereNothingListensIsOneLine(@TempDir Path dir) {
        Notifier notifier = new DbusNotifier(() -> Optional.of("unix:path=" + dir.resolve("no-bus-here")), AppIdentity.ofThisApp(),
                Duration.ofSeconds(5));
        notifier.onUnavailable(told::add);
        notifier.show(SOME);
        notifier.show(SOME);
        assertTrue(awaitTold(notifier).startsWith("Desktop notifications are unavailable: could not connect to the D-Bus session bus: "), told.getFirst());
    }

    @Test
    void aBusThatNeverAnswersNeitherHoldsUpTheCallerNorTheNotifierForLong(@TempDir Path dir) throws Exception {
        Duration deadline = Duration.ofSeconds(3);
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            // Bound and listening: a connection is accepted by the kernel, and then nobody ever says a word.
            silent.bind(UnixDomainSocketAddress.of(dir.resolve("silent-bus")));
            Notifier notifier = new DbusNotifier(() -> Optional.of("unix:path=" + dir.resolve("silent-bus")), AppIdentity.ofThisApp(), deadline);
            notifier.onUnavailable(told::add);
            long start = System.nanoTime();
            notifier.show(SOME);
            notifier.show(SOME);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(deadline) < 0, "show() waited " + took.toMillis() + " ms for the bus");
            assertEquals("Desktop notifications are unavailable: the D-Bus session bus did not answer within 3 s.", awaitTold(notifier));
        }
    }

    @Test
    void anUnknownSystemGetsTheFallbackThatSaysSo() {
        Notifier notifier = Notifiers.forOs("Plan 9");
        notifier.onUnavailable(told::add);
        assertEquals("Desktop notifications are unavailable: this app cannot show notifications on Plan 9.", awaitTold(notifier));
    }

    @Test
    void creatingTheLinuxNotifierConnectsToNothingYet() {
        Notifier notifier = Notifiers.forOs("Linux");
        assertInstanceOf(DbusNotifier.class, notifier);
        assertEquals(Optional.empty(), notifier.unavailable());
        notifier.close();
        notifier.show(SOME);
        assertEquals(Optional.empty(), notifier.unavailable(), "closed: dropped without trying");
    }

    @Test
    void windowsAndMacUseTheTray() {
        assertInstanceOf(TrayNotifier.class, Notifiers.forOs("Windows 11"));
        assertInstanceOf(TrayNotifier.class, Notifiers.forOs("Mac OS X"));
    }

    @Test
    void theTrayNotifierWithoutADisplaySaysSoInsteadOfCrashing() {
        Notifier notifier = new TrayNotifier(AppIdentity.ofThisApp(), () -> true);
        notifier.onUnavailable(told::add);
        notifier.show(SOME);
        assertEquals("Desktop notifications are unavailable: there is no display.", awaitTold(notifier));
    }
}
