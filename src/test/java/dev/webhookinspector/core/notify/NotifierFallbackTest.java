package dev.webhookinspector.core.notify;

import static org.junit.jupiter.api.Assertions.*;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a desktop cannot notify, the user is told once, and nothing else happens. */
class NotifierFallbackTest {
    static final Notification SOME = new Notification(new WebhookKey("p", new ProviderId("v0"), "hook_1"), Change.FAILING, Verdict.FAILING,
            "t", "b", List.of());

    @Test
    void theFallbackSaysOnceWhyNothingIsShown() {
        Notifier none = Notifier.unavailable("this app cannot show notifications on Plan 9");
        List<String> told = new ArrayList<>();
        none.onUnavailable(told::add);
        none.show(SOME);
        none.onUnavailable(told::add);
        assertEquals(List.of("Desktop notifications are unavailable: this app cannot show notifications on Plan 9."), told);
        assertEquals(Optional.of(told.getFirst()), none.unavailable());
        none.close();
    }

    @Test
    void theFirstReasonWinsAndAHandlerSetEarlierHearsItOnce() {
        Availability a = new Availability();
        List<String> told = new ArrayList<>();
        a.onUnavailable(told::add);
        assertEquals(Optional.empty(), a.reason());
        a.fail("no bus");
        a.fail("something else");
        assertEquals(List.of("Desktop notifications are unavailable: no bus."), told);
    }

    @Test
    void aHandlerThatThrowsDoesNotBreakTheNotifier() {
        Availability a = new Availability();
        a.onUnavailable(line -> { throw new IllegalStateException("caller bug"); });
        a.fail("no bus");
        assertTrue(a.isUnavailable());
    }

    @Test
    void theRecordingNotifierRecordsShowsAndClicks() {
        RecordingNotifier recording = new RecordingNotifier();
        List<WebhookKey> clicked = new ArrayList<>();
        recording.onActivated(clicked::add);
        recording.show(SOME);
        recording.click(SOME.webhook());
        assertEquals(List.of("t"), recording.titles());
        assertEquals(List.of(SOME.webhook()), clicked);
        recording.becomeUnavailable("gone");
        recording.show(SOME);
        assertEquals(1, recording.shown().size());
        assertEquals(Optional.of("Desktop notifications are unavailable: gone."), recording.unavailable());
    }
}
