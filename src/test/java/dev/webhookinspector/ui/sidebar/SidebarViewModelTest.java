package dev.webhookinspector.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.list.WebhookLister;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Fault;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.ManualTaskRunner;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sidebar's list of one profile, driven by a task runner the test controls. */
class SidebarViewModelTest {
    private static Sandbox sandbox;
    private ManualTaskRunner runner;
    private List<FetchResult> opened;
    private SidebarViewModel sidebar;

    @BeforeAll static void simulator() throws Exception {
        sandbox = Sandbox.start(0);
    }

    @AfterAll static void stop() {
        sandbox.close();
    }

    @BeforeEach void sidebar() {
        runner = new ManualTaskRunner();
        opened = new ArrayList<>();
        sidebar = new SidebarViewModel(runner, p -> ((ProfileChoice.Demo) p).connection(), new WebhookLister(), (p, r) -> opened.add(r));
    }

    @AfterEach void noFaults() {
        sandbox.faults().clear();
    }

    private static ProfileChoice.Demo profile(String name, String provider, String key) {
        Provider p = Providers.byId(provider).orElseThrow();
        return new ProfileChoice.Demo(name, p, new Connection(p, sandbox.baseUrl(provider), Map.of(), new ApiKey(key), null));
    }

    @Test void typingNarrowsTheListAndOpeningHandsOnTheLoadedWebhook() {
        sidebar.show(profile("fb", "featurebase", sandbox.demoKey("featurebase")));
        assertTrue(sidebar.loadingProperty().get());
        runner.completeNext();
        assertFalse(sidebar.loadingProperty().get());
        int all = sidebar.webhooks().size();
        assertEquals(all + " webhooks", sidebar.statusProperty().get());

        sidebar.filterProperty().set("CRM");
        assertEquals(List.of(DemoFixtures.FEATUREBASE_FAILING), sidebar.webhooks().stream().map(r -> r.snapshot().id()).toList());
        assertEquals("1 of " + all + " webhooks match.", sidebar.statusProperty().get());
        sidebar.open(sidebar.webhooks().getFirst());
        assertEquals(DemoFixtures.FEATUREBASE_FAILING, opened.getFirst().snapshot().id());
    }

    @Test void aPageThatFailsMidwayKeepsWhatLoadedAndSaysWhy() {
        sandbox.faults().addAfter(1, new Fault.ServerErrorHtml("featurebase"), 1);
        sidebar.show(profile("fb-bulk", "featurebase", sandbox.bulkKey("featurebase")));
        runner.completeNext();

        assertEquals(100, sidebar.webhooks().size(), "the first page stays");
        assertTrue(sidebar.problemProperty().get());
        assertTrue(sidebar.statusProperty().get().startsWith("The list stopped at page 2, with 100 webhooks loaded"),
                sidebar.statusProperty().get());
    }

    @Test void aWrongKeySaysWhatTheProblemIs() {
        sidebar.show(profile("uv-wrong", "ultravox", "Wrong123.abcdefghijklmnopqrstuvwxyz012345"));
        runner.completeNext();
        assertTrue(sidebar.webhooks().isEmpty());
        assertTrue(sidebar.problemProperty().get());
        assertTrue(sidebar.statusProperty().get().toLowerCase().contains("key"), sidebar.statusProperty().get());
    }

    @Test void choosingAnotherProfileDropsTheFirstOnesLateAnswer() {
        sidebar.show(profile("fb", "featurebase", sandbox.demoKey("featurebase")));
        sidebar.show(profile("uv", "ultravox", sandbox.demoKey("ultravox")));
        assertTrue(runner.job(0).cancelled(), "the first list was told to stop");

        runner.job(0).complete();
        assertTrue(sidebar.webhooks().isEmpty(), "its answer, arriving late, is dropped");
        assertTrue(sidebar.loadingProperty().get());
        runner.completeNext();
        assertTrue(sidebar.webhooks().stream().allMatch(r -> r.snapshot().provider().value().equals("ultravox")));
        assertFalse(sidebar.webhooks().isEmpty());
    }

    @Test void cancelStopsTheListAndSaysSo() {
        sidebar.show(profile("fb-bulk", "featurebase", sandbox.bulkKey("featurebase")));
        assertTrue(sidebar.cancel());
        assertFalse(sidebar.loadingProperty().get());
        assertTrue(runner.job(0).cancelled());
        assertEquals("Cancelled, 0 webhooks loaded.", sidebar.statusProperty().get());
        runner.completeNext();
        assertTrue(sidebar.webhooks().isEmpty(), "a cancelled list adds nothing afterwards");
    }
}
