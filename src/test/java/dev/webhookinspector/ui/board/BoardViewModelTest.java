package dev.webhookinspector.ui.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.Verdict;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.ManualTaskRunner;
import dev.webhookinspector.ui.list.ProfileLoad;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board's loading as a command, driven by a task runner the test controls: no toolkit, no clocks. */
class BoardViewModelTest {
    private static Sandbox sandbox;
    private ManualTaskRunner runner;
    private List<FetchResult> opened;
    private BoardViewModel board;

    @BeforeAll static void simulator() throws Exception {
        sandbox = Sandbox.start(0);
    }

    @AfterAll static void stop() {
        sandbox.close();
    }

    @BeforeEach void board() {
        runner = new ManualTaskRunner();
        opened = new ArrayList<>();
        board = new BoardViewModel(runner, p -> ((ProfileChoice.Demo) p).connection(), new WebhookLister(), (p, r) -> opened.add(r));
    }

    private static ProfileChoice.Demo profile(String name, String provider, String key) {
        Provider p = Providers.byId(provider).orElseThrow();
        return new ProfileChoice.Demo(name, p, new Connection(p, sandbox.baseUrl(provider), Map.of(), new ApiKey(key), null));
    }

    private static ProfileChoice.Demo demo(String provider) {
        return profile(provider + " demo", provider, sandbox.demoKey(provider));
    }

    @Test void atMostTwoProfilesOfOneProviderLoadAtOnceAndTheNextStartsWhenOneEnds() {
        var a = profile("fb-a", "featurebase", sandbox.demoKey("featurebase"));
        var b = profile("fb-b", "featurebase", sandbox.demoKey("featurebase"));
        var c = profile("fb-c", "featurebase", sandbox.demoKey("featurebase"));
        var uv = demo("ultravox");
        board.setProfiles(List.of(a, b, c, uv));
        board.refresh(null);

        assertEquals(3, runner.waiting(), "two Featurebase profiles and the Ultravox one start; the third Featurebase one waits");
        assertEquals(List.of(ProfileLoad.State.LOADING, ProfileLoad.State.LOADING, ProfileLoad.State.IDLE, ProfileLoad.State.LOADING),
                board.loads().stream().map(l -> l.stateProperty().get()).toList());

        runner.completeNext();
        assertEquals(ProfileLoad.State.LOADED, board.loads().get(0).stateProperty().get());
        assertEquals(ProfileLoad.State.LOADING, board.loads().get(2).stateProperty().get(), "the waiting profile starts once one ended");
        runner.completeAll();
        assertFalse(board.runningProperty().get());
    }

    @Test void eachProfileShowsItsOwnProgressAndTheBigAccountIsReadPageByPage() {
        var small = demo("ultravox");
        var bulk = profile("fb-bulk", "featurebase", sandbox.bulkKey("featurebase"));
        board.setProfiles(List.of(small, bulk));
        board.refresh(null);
        ProfileLoad bulkLoad = board.loads().get(1);
        List<String> seen = new ArrayList<>();
        bulkLoad.progressProperty().addListener((o, was, now) -> seen.add(now));

        runner.job(0).complete();
        assertEquals(ProfileLoad.State.LOADED, board.loads().get(0).stateProperty().get());
        assertTrue(board.loads().get(0).progressProperty().get().endsWith("webhooks"), board.loads().get(0).progressProperty().get());
        assertEquals("Loading…", bulkLoad.progressProperty().get(), "the other profile is still loading, and says so");
        assertTrue(board.runningProperty().get());

        runner.completeNext();
        assertEquals("Page 1: 100 webhooks…", seen.getFirst(), "rows and progress arrive page by page");
        assertTrue(seen.contains("Page 3: 250 webhooks…"), seen.toString());
        assertEquals("250 webhooks", bulkLoad.progressProperty().get());
        assertEquals(250, board.allRows().stream().filter(r -> r.profile() == bulk).count());
        assertFalse(board.runningProperty().get());
    }

    @Test void cancelStopsEveryProfileKeepsWhatLoadedAndDropsLateAnswers() {
        var uv = demo("ultravox");
        var fb = demo("featurebase");
        var v0 = demo("v0");
        board.setProfiles(List.of(uv, fb, v0));
        List<String> done = new ArrayList<>();
        board.refresh(() -> done.add("done"));
        runner.job(0).complete();
        int loaded = board.allRows().size();
        assertTrue(loaded > 0);

        assertTrue(board.cancel());
        assertFalse(board.runningProperty().get());
        assertEquals(List.of("done"), done, "whoever waited for the board hears that it ended");
        assertTrue(runner.job(0).cancelled() && runner.job(1).cancelled(), "the running lists were told to stop");
        assertEquals(List.of(ProfileLoad.State.LOADED, ProfileLoad.State.CANCELLED, ProfileLoad.State.CANCELLED),
                board.loads().stream().map(l -> l.stateProperty().get()).toList());

        runner.completeAll();
        assertEquals(loaded, board.allRows().size(), "a list that answers after the cancel adds nothing");
        assertFalse(board.cancel(), "nothing left to cancel");
    }

    @Test void aSecondRefreshKeepsEachProfilesRowsUntilItHasLoadedAgain() {
        board.setProfiles(List.of(demo("ultravox"), demo("featurebase")));
        board.refresh(null);
        runner.completeAll();
        List<BoardRow> first = List.copyOf(board.allRows());

        board.refresh(null);
        assertTrue(board.runningProperty().get());
        assertEquals(first, board.allRows(), "while the profiles load again, the board shows what it had");
        runner.completeNext();
        assertEquals(first.size(), board.allRows().size());
        runner.completeAll();
        assertEquals(first.stream().map(r -> r.snapshot().orElseThrow().id()).sorted().toList(),
                board.allRows().stream().map(r -> r.snapshot().orElseThrow().id()).sorted().toList());
        assertTrue(board.allRows().stream().noneMatch(first::contains), "every row is the new list's");
    }

    @Test void aProfileWithAWrongKeyShowsItsProblemOnItsRowAndTheOthersLoad() {
        var wrong = profile("uv-wrong", "ultravox", "Wrong123.abcdefghijklmnopqrstuvwxyz012345");
        var fb = demo("featurebase");
        board.setProfiles(List.of(wrong, fb));
        board.refresh(null);
        runner.completeAll();

        List<BoardRow> wrongRows = board.allRows().stream().filter(r -> r.profile() == wrong).toList();
        assertEquals(1, wrongRows.size(), "one row stands for the profile that could not be listed");
        assertNotNull(wrongRows.getFirst().problem());
        assertEquals(ProblemKind.KEY_REJECTED, wrongRows.getFirst().problem().kind());
        assertEquals(ProfileLoad.State.FAILED, board.loads().getFirst().stateProperty().get());
        assertEquals(wrongRows.getFirst().problem().summary(), board.loads().getFirst().progressProperty().get());
        assertTrue(board.allRows().stream().filter(r -> r.profile() == fb).count() > 1, "the other profile loaded");
        assertTrue(board.summaryProperty().get().contains("1 profile was not fully listed"), board.summaryProperty().get());
    }

    @Test void failingRowsComeFirstAndTheFiltersNarrowTheRows() {
        board.setProfiles(List.of(demo("ultravox"), demo("featurebase"), demo("v0")));
        board.refresh(null);
        runner.completeAll();

        List<BoardRow> sorted = board.rows().stream().sorted(BoardRow.FAILING_FIRST).toList();
        assertEquals(Verdict.FAILING, sorted.getFirst().verdict().orElseThrow());
        int lastFailing = 0;
        for (int i = 0; i < sorted.size(); i++) if (sorted.get(i).verdict().orElseThrow() == Verdict.FAILING) lastFailing = i;
        assertTrue(sorted.subList(0, lastFailing).stream().allMatch(r -> r.verdict().orElseThrow() == Verdict.FAILING),
                "every failing webhook comes before any other");

        board.verdictFilterProperty().set(Verdict.PAUSED);
        assertFalse(board.rows().isEmpty());
        assertTrue(board.rows().stream().allMatch(r -> r.verdict().orElseThrow() == Verdict.PAUSED));
        board.verdictFilterProperty().set(null);

        board.providerFilterProperty().set(Providers.byId("v0").orElseThrow());
        assertTrue(board.rows().stream().allMatch(r -> r.profile().provider().id().value().equals("v0")));
        board.providerFilterProperty().set(null);

        board.textProperty().set("crm BRIDGE");
        assertEquals(List.of(DemoFixtures.FEATUREBASE_FAILING), board.rows().stream().map(r -> r.snapshot().orElseThrow().id()).toList());
        board.open(board.rows().getFirst());
        assertEquals(DemoFixtures.FEATUREBASE_FAILING, opened.getFirst().snapshot().id(), "opening hands the loaded webhook on");
    }
}
