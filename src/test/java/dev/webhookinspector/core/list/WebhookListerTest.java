package dev.webhookinspector.core.list;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.Await;
import dev.webhookinspector.HostileServer;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.ProviderCalls;
import dev.webhookinspector.core.SandboxConnections;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists over real loopback HTTP against the simulator: every page, every provider, and every way a list stops early. */
class WebhookListerTest {
    private static Sandbox sandbox;
    private final WebhookLister lister = new WebhookLister();

    @BeforeAll static void start() throws Exception {
        sandbox = Sandbox.start(0);
    }

    @AfterAll static void stop() {
        sandbox.close();
    }

    @BeforeEach void reset() {
        sandbox.faults().clear();
        sandbox.clearRequests();
    }

    private static Connection bulk(String provider) {
        return SandboxConnections.with(sandbox, provider, sandbox.bulkKey(provider), Duration.ofSeconds(10));
    }

    /** The list requests the simulator received for a provider, in order: what "each page" means on the wire. */
    private static List<RecordedRequest> listRequests(String provider, String listPath) {
        return sandbox.requests().stream().filter(r -> r.path().startsWith("/" + provider + listPath + "?")
                || r.path().equals("/" + provider + listPath)).toList();
    }

    /**
     * Requests that reached one provider's routes. Tests that stop a list leave requests in flight, which the simulator
     * may record after the next test began; each test looks at its own provider's only.
     */
    private static List<RecordedRequest> toProvider(String provider) {
        return sandbox.requests().stream().filter(r -> r.path().startsWith("/" + provider + "/")).toList();
    }

    private static List<String> ids(WebhookList list) {
        return list.webhooks().stream().map(r -> r.snapshot().id()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ultravox", "v0", "featurebase"})
    void everyWebhookOfTheDemoAccountIsListedWithTheVerdictAGetGives(String provider) throws Exception {
        Connection c = SandboxConnections.to(sandbox, provider);
        WebhookList list = lister.list(c);

        assertTrue(list.problem().isEmpty(), () -> list.problem().get().summary());
        assertFalse(list.cut());
        List<String> documented = DemoFixtures.forProvider(provider).stream().filter(f -> !f.faultTrigger()).map(DemoFixtures.Fixture::id).toList();
        assertTrue(ids(list).containsAll(documented), "every documented webhook is listed: " + ids(list));
        HttpWebhookFetcher fetcher = new HttpWebhookFetcher();
        for (FetchResult listed : list.webhooks()) {
            Snapshot got = fetcher.fetch(c, listed.snapshot().id()).snapshot();
            Snapshot s = listed.snapshot();
            assertEquals(got.verdict(), s.verdict(), s.id());
            assertEquals(got.reason(), s.reason(), s.id());
            assertEquals(got.failures(), s.failures(), s.id());
            assertEquals(got.url(), s.url(), s.id());
        }
    }

    @Test
    void ultravoxsBulkAccountIsWalkedThroughItsNextLinksOnePageRequestEach() {
        List<ListProgress> progress = new CopyOnWriteArrayList<>();
        WebhookList list = lister.list(bulk("ultravox"), () -> false, (p, added) -> progress.add(p));

        assertTrue(list.problem().isEmpty(), () -> list.problem().get().summary());
        assertEquals(DemoFixtures.BULK_WEBHOOKS, list.webhooks().size());
        assertEquals(3, list.pages());
        assertEquals(DemoFixtures.BULK_WEBHOOKS, ids(list).stream().distinct().count(), "no webhook twice");
        List<RecordedRequest> pages = listRequests("ultravox", "/api/webhooks");
        assertEquals(3, pages.size(), pages.toString());
        assertEquals("/ultravox/api/webhooks?pageSize=100", pages.getFirst().path());
        assertTrue(pages.get(1).path().contains("cursor=") && pages.get(2).path().contains("cursor="), pages.toString());
        assertTrue(pages.stream().allMatch(r -> r.header("X-API-Key").orElse("").equals(sandbox.bulkKey("ultravox"))),
                "every page carries the key");
        assertEquals(List.of(new ListProgress(1, 100, 250), new ListProgress(2, 200, 250), new ListProgress(3, 250, 250)), progress);
        assertEquals(toProvider("ultravox"), pages, "no request besides the pages");
    }

    @Test
    void featurebasesBulkAccountFollowsNextCursorToTheEndWithItsVersionHeader() {
        WebhookList list = lister.list(bulk("featurebase"));

        assertTrue(list.problem().isEmpty(), () -> list.problem().get().summary());
        assertEquals(DemoFixtures.BULK_WEBHOOKS, list.webhooks().size());
        List<RecordedRequest> pages = listRequests("featurebase", "/v2/webhooks");
        assertEquals(3, pages.size(), pages.toString());
        assertEquals("/featurebase/v2/webhooks?limit=100", pages.getFirst().path());
        assertTrue(pages.get(2).path().startsWith("/featurebase/v2/webhooks?limit=100&cursor="), pages.get(2).path());
        assertTrue(pages.stream().allMatch(r -> r.header("Featurebase-Version").orElse("").equals("2026-01-01.nova")));
        assertTrue(list.webhooks().stream().anyMatch(r -> r.snapshot().verdict().key().equals("paused")), "the bulk account mixes verdicts");
    }

    @Test
    void v0ListsIdsOnlySoEachHookIsFetchedByIdAndKeptInListOrder() {
        List<Integer> loadedCounts = new CopyOnWriteArrayList<>();
        WebhookList list = lister.list(bulk("v0"), () -> false, (p, added) -> loadedCounts.add(p.webhooks()));

        assertTrue(list.problem().isEmpty(), () -> list.problem().get().summary());
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < DemoFixtures.BULK_WEBHOOKS; n++) expected.add(String.format(Locale.ROOT, "wh_bulk_%03d", n));
        assertEquals(expected, ids(list));
        assertTrue(list.webhooks().stream().allMatch(r -> r.snapshot().url() != null && !r.snapshot().events().isEmpty()),
                "details came from the get by ID, not from the list's {id, name}");
        assertEquals(1, listRequests("v0", "/v2/hooks").size());
        List<String> detailPaths = sandbox.requests().stream().map(RecordedRequest::path).filter(p -> p.startsWith("/v0/v2/hooks/")).sorted().toList();
        assertEquals(expected.stream().map(id -> "/v0/v2/hooks/" + id).toList(), detailPaths, "one get per hook, none twice");
        assertEquals(0, loadedCounts.getFirst(), "the page of IDs is announced before any detail");
        assertEquals(DemoFixtures.BULK_WEBHOOKS, loadedCounts.getLast());
    }

    @Test
    void anUltravoxNextPageOnAnotherHostIsNotRequestedAndTheFirstPageIsKept() {
        sandbox.faults().add(new Fault.NextPageOnOtherHost("ultravox"), 1);
        WebhookList list = lister.list(bulk("ultravox"));

        String other = sandbox.otherHostBase().getAuthority();
        assertTrue(sandbox.requests().stream().noneMatch(r -> r.host().equals(other)), "nothing was sent to " + other);
        assertEquals(1, toProvider("ultravox").size(), "only the first page: " + toProvider("ultravox"));
        assertTrue(list.isPartial());
        assertEquals(100, list.webhooks().size());
        Problem p = list.problem().orElseThrow();
        assertEquals(ProblemKind.REDIRECT_REFUSED, p.kind());
        assertTrue(p.summary().startsWith("The list stopped at page 2, with 100 webhooks loaded: Ultravox's list named its next page on another host ("
                + sandbox.otherHostBase() + ")"), p.summary());
        assertTrue(p.summary().contains("your API key stays with http://127.0.0.1:" + sandbox.port()), p.summary());
    }

    @Test
    void theCapCutsTheListAndNoFurtherPageIsAskedFor() {
        WebhookList list = new WebhookLister(new ProviderCalls(), 150).list(bulk("ultravox"));

        assertTrue(list.problem().isEmpty());
        assertTrue(list.cut());
        assertEquals(150, list.webhooks().size());
        assertEquals(2, listRequests("ultravox", "/api/webhooks").size(), "the third page is never requested");
    }

    @Test
    void aCapOnAPageBoundaryStillSaysTheAccountHasMore() {
        WebhookList list = new WebhookLister(new ProviderCalls(), 200).list(bulk("featurebase"));

        assertTrue(list.cut(), "a next page was named, so the list was cut");
        assertEquals(200, list.webhooks().size());
        assertEquals(2, listRequests("featurebase", "/v2/webhooks").size());
    }

    @Test
    void theCapAlsoBoundsHowManyV0HooksAreFetched() {
        WebhookList list = new WebhookLister(new ProviderCalls(), 10).list(bulk("v0"));

        assertTrue(list.cut());
        assertEquals(10, list.webhooks().size());
        assertEquals(10, sandbox.requests().stream().filter(r -> r.path().startsWith("/v0/v2/hooks/")).count());
    }

    @Test
    void cancellingAfterTheFirstPageStopsBeforeTheSecondAndKeepsTheFirst() {
        AtomicBoolean cancel = new AtomicBoolean();
        WebhookList list = lister.list(bulk("featurebase"), cancel::get, (p, added) -> cancel.set(true));

        assertEquals(1, listRequests("featurebase", "/v2/webhooks").size());
        assertEquals(100, list.webhooks().size());
        Problem p = list.problem().orElseThrow();
        assertEquals(ProblemKind.CANCELLED, p.kind());
        assertEquals(ExitCode.CANCELLED, ExitCode.of(p.kind()));
        assertEquals("The list was cancelled before page 2, with 100 webhooks loaded.", p.summary());
    }

    @Test
    void interruptingTheListingThreadEndsAPageThatHangsAndKeepsTheEarlierOnes() throws Exception {
        sandbox.faults().addAfter(1, new Fault.Slow("ultravox", Duration.ofMinutes(5)), 1);
        AtomicReference<WebhookList> result = new AtomicReference<>();
        Thread listing = Thread.ofPlatform().start(() -> result.set(lister.list(bulk("ultravox"))));
        Await.until("the second page was asked for", () -> listRequests("ultravox", "/api/webhooks").size() == 2, Duration.ofSeconds(20));
        listing.interrupt();
        listing.join(Duration.ofSeconds(20));

        assertFalse(listing.isAlive(), "the list returned once interrupted");
        WebhookList list = result.get();
        assertEquals(100, list.webhooks().size());
        assertEquals(ProblemKind.CANCELLED, list.problem().orElseThrow().kind());
    }

    @Test
    void aPageFailingMidwayKeepsTheEarlierPagesAndSaysWhereItStopped() {
        sandbox.faults().addAfter(2, new Fault.ServerErrorHtml("featurebase"), 1);
        WebhookList list = lister.list(bulk("featurebase"));

        assertTrue(list.isPartial());
        assertEquals(200, list.webhooks().size());
        assertEquals(2, list.pages(), "two pages read, the third failed");
        Problem p = list.problem().orElseThrow();
        assertEquals(ProblemKind.SERVER_ERROR, p.kind());
        assertEquals("The list stopped at page 3, with 200 webhooks loaded: Featurebase had a server error (HTTP 500 with an HTML page).",
                p.summary());
        assertEquals(List.of(Remedy.RETRY_LATER), p.remedies());
    }

    @Test
    void aPageThatIsBusyOnceIsRetriedAsAGetWouldBe() {
        sandbox.faults().addAfter(1, new Fault.Unavailable("ultravox", 0), 1);
        WebhookList list = lister.list(bulk("ultravox"));

        assertTrue(list.problem().isEmpty(), () -> list.problem().get().summary());
        assertEquals(DemoFixtures.BULK_WEBHOOKS, list.webhooks().size());
        assertEquals(4, listRequests("ultravox", "/api/webhooks").size(), "three pages, the second twice");
    }

    @Test
    void aV0HookFailingMidwayKeepsTheHooksBeforeItInListOrder() {
        sandbox.faults().addAfter(41, new Fault.NotFound("v0"), 1);
        WebhookList list = lister.list(bulk("v0"));

        assertTrue(list.isPartial());
        int kept = list.webhooks().size();
        assertTrue(kept >= 30 && kept < 45, "about forty kept: " + kept);
        for (int n = 0; n < kept; n++) assertEquals(String.format(Locale.ROOT, "wh_bulk_%03d", n), ids(list).get(n));
        Problem p = list.problem().orElseThrow();
        assertEquals(ProblemKind.NOT_FOUND, p.kind());
        assertTrue(p.summary().startsWith("The list stopped at the details of wh_bulk_" + String.format(Locale.ROOT, "%03d", kept)), p.summary());
        assertEquals(List.of(Remedy.RETRY), p.remedies(), "listing again, not checking an ID the user never typed");
    }

    @Test
    void aFirstPageThatFailsReadsAsAGetsProblemWouldWithNothingLoaded() {
        Connection wrongKey = SandboxConnections.with(sandbox, "ultravox", "Wrong123.abcdefghijklmnopqrstuvwxyz012345", Duration.ofSeconds(10));
        WebhookList list = lister.list(wrongKey);

        assertTrue(list.webhooks().isEmpty());
        assertFalse(list.isPartial());
        Problem p = list.problem().orElseThrow();
        assertEquals(ProblemKind.KEY_REJECTED, p.kind());
        assertEquals("Ultravox rejected the API key (HTTP 403: Invalid API key).", p.summary());
    }

    @Test
    void aListAnswerThatIsNotJsonIsAClearProblem() {
        sandbox.faults().add(new Fault.MalformedJson("ultravox"), 1);
        WebhookList list = lister.list(bulk("ultravox"));

        Problem p = list.problem().orElseThrow();
        assertEquals(ProblemKind.MALFORMED_RESPONSE, p.kind());
        assertEquals("Ultravox answered HTTP 200 but the body is not valid JSON.", p.summary());
    }

    private static Connection to(HostileServer server, String provider) {
        return new Connection(Providers.byId(provider).orElseThrow(), URI.create(server.base()), Map.of(), new ApiKey("hostile_key_0123456789"),
                Duration.ofSeconds(10));
    }

    @Test
    void anAnswerThatIsNoListOfWebhooksSaysWhatIsMissing() throws Exception {
        try (HostileServer server = HostileServer.json(200, "{\"detail\": \"fine\"}")) {
            Problem p = lister.list(to(server, "ultravox")).problem().orElseThrow();
            assertEquals(ProblemKind.MALFORMED_RESPONSE, p.kind());
            assertEquals("Ultravox's list does not look like a list of webhooks.", p.summary());
            assertEquals("the list answer has no \"results\" array", p.detail());
        }
    }

    @Test
    void aCursorThatComesBackIsNotFollowedForEver() throws Exception {
        String page = "{\"object\": \"list\", \"nextCursor\": \"again\", \"data\": [{\"id\": \"507f1f77bcf86cd799439011\", \"status\": \"paused\"}]}";
        try (HostileServer server = HostileServer.json(200, page)) {
            WebhookList list = lister.list(to(server, "featurebase"));
            assertEquals(2, server.requests(), "the first page, and the one its cursor named; not that one again");
            Problem p = list.problem().orElseThrow();
            assertEquals(ProblemKind.MALFORMED_RESPONSE, p.kind());
            assertEquals("The list stopped at page 3, with 2 webhooks loaded: Featurebase's list named a page it had already given,"
                    + " so it was not followed further.", p.summary());
        }
    }
}
