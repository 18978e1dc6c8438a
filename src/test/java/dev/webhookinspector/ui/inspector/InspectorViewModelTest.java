package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.profile.ProfileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.core.model.FailureKind;
import dev.webhookinspector.sandbox.DemoFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The view models on their own, fed by real fetches from the simulator; no toolkit needed. */
class InspectorViewModelTest {
    private static SandboxFetch sandbox;
    private final List<String> copied = new ArrayList<>();
    private final MutableClock clock = new MutableClock();
    private final InspectorViewModel vm = new InspectorViewModel(copied::add, clock);

    @BeforeAll static void start() { sandbox = new SandboxFetch(); }

    @AfterAll static void stop() { sandbox.close(); }

    @Test
    void aFailingUltravoxWebhookShowsFailingWithItsOwnStatusWordAndEveryFailure() {
        FetchResult r = sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_FAILING);
        vm.show(r);

        assertEquals(InspectorViewModel.Mode.SNAPSHOT, vm.modeProperty().get());
        assertEquals(Verdict.FAILING, vm.header().badgeProperty().get());
        assertEquals("unhealthy", vm.header().statusWordProperty().get());
        assertEquals(DemoFixtures.ULTRAVOX_FAILING, vm.titleProperty().get());
        assertEquals(40, vm.failures().totalProperty().get());
        assertEquals("40 failures", vm.failures().summaryProperty().get());
        assertEquals(OverviewViewModel.Banner.Tone.DANGER, vm.overview().verdictProperty().get().tone());
        assertTrue(vm.overview().verdictProperty().get().text().startsWith("Ultravox marked it unhealthy after 40 recent failures."),
                vm.overview().verdictProperty().get().text());
        assertTrue(vm.overview().verdictProperty().get().text().contains("Last failure 4"), vm.overview().verdictProperty().get().text());
    }

    @Test
    void filteringByTextAndKindNarrowsTheTableGroupsAndTimeline() {
        FetchResult r = sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_FAILING);
        vm.show(r);
        List<Failure> all = r.snapshot().failures();
        long timedOut = all.stream().filter(f -> f.message().toLowerCase(Locale.ROOT).contains("timed out")).count();

        vm.failures().filterTextProperty().set("TIMED OUT");

        assertEquals(timedOut, vm.failures().sortedRows().size());
        assertEquals(timedOut, vm.failures().shownProperty().get());
        assertEquals("Showing " + timedOut + " of 40 failures", vm.failures().summaryProperty().get());
        assertEquals(List.of(FailureKind.TIMEOUT), vm.failures().groups().stream().map(g -> g.kind()).toList());
        assertEquals(timedOut, vm.failures().timelineProperty().get().buckets().stream().mapToInt(b -> b.total()).sum());

        vm.failures().filterTextProperty().set("");
        vm.failures().kindFilterProperty().set(FailureKind.TLS);
        long tls = all.stream().filter(f -> f.message().startsWith("SSL:")).count();
        assertEquals(tls, vm.failures().sortedRows().size());

        vm.failures().clearFilters();
        assertEquals(40, vm.failures().sortedRows().size());
    }

    @Test
    void groupsCountEveryKindWithFirstAndLastSeen() {
        FetchResult r = sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_FAILING);
        vm.show(r);
        List<Failure> all = r.snapshot().failures();

        var groups = vm.failures().groups();
        assertEquals(40, groups.stream().mapToInt(g -> g.count()).sum());
        var refused = groups.stream().filter(g -> g.kind() == FailureKind.CONNECTION_REFUSED).findFirst().orElseThrow();
        List<Instant> refusedTimes = all.stream().filter(f -> f.message().equals("Connection refused")).map(Failure::timestamp).sorted().toList();
        assertEquals(refusedTimes.size(), refused.count());
        assertEquals(refusedTimes.getFirst(), refused.firstSeen());
        assertEquals(refusedTimes.getLast(), refused.lastSeen());
    }

    @Test
    void copyingASecretPutsTheValueOnTheClipboardButKeepsItMaskedOnScreen() {
        FetchResult r = sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        vm.show(r);
        SecretsViewModel.Row row = vm.overview().secrets().rows().get(1);
        String value = r.snapshot().secrets().get(1).reveal();

        row.copy();

        assertEquals(List.of(value), copied);
        assertEquals(r.snapshot().secrets().get(1).masked(), row.shownProperty().get());
        assertFalse(vm.noticeProperty().get().text().contains(value));
        assertEquals("Secret 2 copied to the clipboard", vm.noticeProperty().get().text());

        row.toggleReveal();
        assertEquals(value, row.shownProperty().get());
        row.toggleReveal();
        assertNotEquals(value, row.shownProperty().get());
    }

    @Test
    void v0SaysPlainlyWhatItsApiDoesNotReport() {
        vm.show(sandbox.fetch("v0", DemoFixtures.V0_BASIC));

        assertEquals(Verdict.UNKNOWN, vm.header().badgeProperty().get());
        assertFalse(vm.failures().reportedProperty().get());
        assertEquals("v0's API does not report delivery failures.", vm.failures().emptyNoteProperty().get());
        assertFalse(vm.overview().metricsReportedProperty().get());
        assertEquals("v0's API does not report health metrics for webhooks.", vm.overview().metricsNoteProperty().get());
        assertEquals("v0's API does not return signing secrets for webhooks.", vm.overview().secrets().noteProperty().get());
        assertTrue(vm.overview().tiles().isEmpty());
    }

    @Test
    void featurebaseTilesShowTheHealthNumbersAsAPersonReadsThem() {
        vm.show(sandbox.fetch("featurebase", DemoFixtures.FEATUREBASE_FAILING));

        assertEquals("7", tile("consecutiveFailures").value());
        assertEquals("4.87 s", tile("lastResponseTime").value());
        assertEquals("12", tile("errorsSinceLastSuccess").value());
        assertEquals("5 s", tile("timeoutMs").value());
        assertEquals("4 hours ago", tile("lastSuccessAt").value());
        assertEquals("active", tile("status").value());
    }

    @Test
    void featurebaseSaysItsFailureListHoldsOnlyTheLastAttemptAndDrawsNoLoneBar() {
        vm.show(sandbox.fetch("featurebase", DemoFixtures.FEATUREBASE_FAILING));

        assertEquals(1, vm.failures().totalProperty().get());
        assertTrue(vm.failures().providerNoteProperty().get().startsWith("Featurebase reports only the last delivery attempt"));
        assertFalse(vm.failures().timelineUsefulProperty().get());
    }

    @Test
    void aNeverDeliveredWebhookIsNotCalledWorking() {
        vm.show(sandbox.fetch("featurebase", DemoFixtures.FEATUREBASE_NEVER_DELIVERED));

        assertEquals("No deliveries yet", vm.overview().verdictProperty().get().title());
        assertEquals("Never", tile("lastSuccessAt").value());
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() {
        vm.show(sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_FAILING));
        vm.failures().filterTextProperty().set("no such failure");

        assertEquals(0, vm.failures().sortedRows().size());
        assertEquals("No failures match the filter.", vm.failures().timelineNoteProperty().get());
        assertEquals("Showing 0 of 40 failures", vm.failures().summaryProperty().get());
    }

    @Test
    void unknownEventsAreMarkedOnTheirChips() {
        vm.show(sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_UNKNOWN_VALUES));

        assertTrue(vm.overview().events().contains(new OverviewViewModel.EventChip("call.transferred", true)));
        assertTrue(vm.overview().events().contains(new OverviewViewModel.EventChip("call.started", false)));
        assertTrue(vm.overview().eventsNoteProperty().get().startsWith("1 not in Ultravox's documented list"));
    }

    @Test
    void rawSearchStepsThroughMatchesAndWrapsAround() {
        vm.show(sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_FAILING));
        RawJsonViewModel raw = vm.raw();

        raw.queryProperty().set("recentFailures");
        assertEquals("1 of 1", raw.matchTextProperty().get());
        assertTrue(raw.lines().get(raw.currentMatchProperty().get().line()).text().contains("\"recentFailures\""));

        raw.queryProperty().set("connection refused");
        int n = raw.matchesProperty().get().size();
        assertTrue(n > 1);
        raw.previous();
        assertEquals(n + " of " + n, raw.matchTextProperty().get());
        raw.next();
        assertEquals("1 of " + n, raw.matchTextProperty().get());

        raw.queryProperty().set("no such text");
        assertEquals("No matches", raw.matchTextProperty().get());
        assertNull(raw.currentMatchProperty().get());
    }

    @Test
    void theRawJsonNeverContainsASecret() {
        FetchResult r = sandbox.fetch("featurebase", DemoFixtures.FEATUREBASE_FAILING);
        vm.show(r);
        vm.raw().copyAll();

        for (var s : r.snapshot().secrets()) assertFalse(copied.getFirst().contains(s.reveal()), s.label() + " leaked");
        assertTrue(copied.getFirst().contains(r.snapshot().secrets().getFirst().masked()));
    }

    @Test
    void copyAsCurlReadsTheKeyFromTheEnvironment() {
        vm.show(sandbox.fetch("featurebase", DemoFixtures.FEATUREBASE_HEALTHY));
        vm.request().copyCurl();

        String curl = copied.getFirst();
        assertTrue(curl.contains("Authorization: Bearer $WEBHOOK_INSPECTOR_API_KEY"), curl);
        assertFalse(curl.contains(DemoFixtures.FEATUREBASE_DEMO_KEY));
        assertEquals("GET", vm.request().methodProperty().get());
        var auth = vm.request().headers().stream().filter(h -> h.name().equals("Authorization")).findFirst().orElseThrow();
        assertTrue(auth.sensitive());
        assertFalse(auth.value().contains(DemoFixtures.FEATUREBASE_DEMO_KEY));
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void everyErrorKindHasATitleAdviceAndARetryThatCallsBack(ProblemKind kind) {
        int[] retries = {0};
        FetchException e = InspectorGallery.sampleError(kind);
        vm.showError(e, () -> retries[0]++);

        assertEquals(InspectorViewModel.Mode.ERROR, vm.modeProperty().get());
        assertEquals(kind.title(), vm.error().titleProperty().get());
        assertFalse(vm.error().hintProperty().get().isBlank());
        assertEquals(e.problem().summary(), vm.error().messageProperty().get());
        vm.error().retry();
        assertEquals(1, retries[0]);
    }

    @Test
    void aLockedKeyStoreAWrongPassphraseAndABugAreNamedForWhatTheyAreAndOfferTheirOwnWayOut() {
        int[] edits = {0};
        int[] retries = {0};
        vm.error().setWindowActions(() -> edits[0]++, () -> { });

        vm.showError(new FetchException(new ProfileException(ProfileException.Kind.STORE_UNAVAILABLE,
                "No OS key store is available: the Secret Service is locked.").problem()), () -> retries[0]++);
        assertEquals("The key store is locked or missing", vm.error().titleProperty().get());
        assertEquals("Try again", vm.error().retryTextProperty().get());
        assertTrue(vm.error().canEditProfileProperty().get(), "the profile form can move the key to the vault");
        assertTrue(vm.error().hintProperty().get().startsWith("Unlock your system's key store"), vm.error().hintProperty().get());
        vm.error().editProfile();
        assertEquals(1, edits[0]);

        vm.showError(new FetchException(new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE,
                "The passphrase does not open the vault.").problem()), () -> retries[0]++);
        assertEquals("The vault did not open", vm.error().titleProperty().get());
        assertEquals("Enter passphrase", vm.error().retryTextProperty().get(), "the retry asks for the passphrase again");
        vm.error().retry();
        assertEquals(1, retries[0]);

        vm.showError(new FetchException(new ProfileException(ProfileException.Kind.KEY_MISSING,
                "Profile \"ci\" takes its key from environment variable V0_KEY, which is not set.").problem()), () -> { });
        assertEquals("No API key for this profile", vm.error().titleProperty().get());
        assertTrue(vm.error().canEditProfileProperty().get(), "a missing key opens the profile");

        vm.showError(new FetchException(ProblemKind.INTERNAL, "Something went wrong inside Webhook Inspector (NullPointerException)",
                Remedy.REPORT_BUG), () -> { });
        assertEquals("Something went wrong inside Webhook Inspector", vm.error().titleProperty().get());
        assertFalse(vm.error().canEditProfileProperty().get());
    }

    @Test
    void aTimeoutOffersToWaitLongerInTheWindowNotInAProfile() {
        int[] waits = {0};
        int[] retries = {0};
        vm.error().setWindowActions(() -> { }, () -> waits[0]++);
        FetchException slow = sandbox.failure(sandbox.connection("ultravox", sandbox.sandbox().demoKey("ultravox"), Duration.ofMillis(300)),
                DemoFixtures.ULTRAVOX_FAULT_SLOW);
        vm.showError(slow, () -> retries[0]++);

        assertEquals(ProblemKind.TIMEOUT, vm.error().kindProperty().get());
        assertEquals("Wait longer and retry", vm.error().retryTextProperty().get());
        assertFalse(vm.error().hintProperty().get().contains("profile"), "profiles have no timeout: " + vm.error().hintProperty().get());
        vm.error().retry();
        assertEquals(1, waits[0], "the timeout was raised");
        assertEquals(1, retries[0], "and the fetch ran again");
    }

    @Test
    void realErrorsFromTheSimulatorReadAsTheyShould() {
        vm.showError(sandbox.failure("featurebase", DemoFixtures.FEATUREBASE_FAULT_NOT_FOUND), () -> {});
        assertEquals("Webhook not found", vm.error().titleProperty().get());
        assertEquals("HTTP 404", vm.error().detailProperty().get());

        vm.showError(sandbox.failure(sandbox.connection("v0", "v0_wrong_key_1234567890abcdef", null), DemoFixtures.V0_BASIC), () -> {});
        assertEquals("API key rejected", vm.error().titleProperty().get());
        assertFalse(vm.error().messageProperty().get().contains("v0_wrong_key_1234567890abcdef"));
    }

    @Test
    void relativeTimesMoveOnWithTheClock() {
        vm.show(sandbox.fetch("ultravox", DemoFixtures.ULTRAVOX_FAILING));
        String before = vm.header().statusChangeProperty().get();
        clock.advance(Duration.ofDays(3));
        vm.tick();
        assertEquals("Status changed 5 days ago", vm.header().statusChangeProperty().get());
        assertNotEquals(before, vm.header().statusChangeProperty().get());
    }

    @Test
    void clearGoesBackToEmpty() {
        vm.show(sandbox.fetch("v0", DemoFixtures.V0_BASIC));
        vm.clear();
        assertEquals(InspectorViewModel.Mode.EMPTY, vm.modeProperty().get());
        assertNull(vm.resultProperty().get());
        assertEquals("", vm.titleProperty().get());
    }

    private MetricTile tile(String key) {
        return vm.overview().tiles().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** The system clock plus an offset a test can move. */
    static final class MutableClock extends Clock {
        private final ZoneId zone;
        private Duration offset = Duration.ZERO;

        MutableClock() { this(ZoneId.systemDefault()); }

        private MutableClock(ZoneId zone) { this.zone = zone; }

        void advance(Duration d) { offset = offset.plus(d); }

        @Override public ZoneId getZone() { return zone; }

        @Override public Clock withZone(ZoneId z) {
            MutableClock c = new MutableClock(z);
            c.offset = offset;
            return c;
        }

        @Override public Instant instant() { return Instant.now().plus(offset); }
    }
}
