package dev.webhookinspector.ui.main;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.problem.ProblemKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.InlineTaskRunner;
import dev.webhookinspector.ui.ManualTaskRunner;
import dev.webhookinspector.ui.TaskRunner;
import dev.webhookinspector.ui.demo.SandboxDemo;
import dev.webhookinspector.ui.settings.RecentId;
import dev.webhookinspector.ui.settings.Settings;
import dev.webhookinspector.ui.settings.SettingsStore;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main ViewModel without a toolkit: work runs inline or when the test says, HTTP goes to the real simulator. */
class MainViewModelTest {
    @TempDir Path home;
    private ProfileService profiles;
    private SettingsStore store;
    private SandboxDemo demo;
    private final List<Object> shown = new ArrayList<>();
    private MainViewModel vm;

    private final ResultSink sink = new ResultSink() {
        @Override public void show(FetchResult result) { shown.add(result); }

        @Override public void showError(FetchException error, Runnable retry) { shown.add(error); }

        @Override public void clear() { shown.clear(); }
    };

    @BeforeEach void setUp() throws Exception {
        vm = viewModel(new InlineTaskRunner());
    }

    private MainViewModel viewModel(TaskRunner runner) {
        Map<String, String> env = Map.of(ProfileServices.HOME_VARIABLE, home.toString(), "UV_KEY", DemoFixtures.ULTRAVOX_DEMO_KEY);
        if (profiles != null) profiles.close();
        profiles = ProfileServices.open(env, PassphrasePrompt.fromEnvironmentOrConsole(env));
        store = SettingsStore.inHome(home);
        AppServices services = new AppServices(profiles, new HttpWebhookFetcher(), store, () -> {
            demo = SandboxDemo.start();
            return demo;
        }, runner, env, true);
        return new MainViewModel(services, sink, store.load());
    }

    @AfterEach void tearDown() {
        vm.close();
        profiles.close();
    }

    @Test void profilesReadBeforeTheWindowIsDrawnShowWithoutWaitingForAnyBackgroundWork() throws Exception {
        profiles.add(new Profile("uv-prod", new ProviderId("ultravox"), URI.create("https://api.ultravox.ai"), Map.of(), "", KeyRef.env("UV_KEY")),
                Optional.<ApiKey>empty());
        ManualTaskRunner runner = new ManualTaskRunner();
        vm.close();
        vm = viewModel(runner);
        boolean[] settled = {false};

        vm.start(ProfileListing.read(profiles), () -> settled[0] = true);

        assertTrue(settled[0], "the window is settled in the same call, so its first frame shows the profile");
        assertEquals(MainViewModel.Screen.READY, vm.screenProperty().get());
        assertEquals("uv-prod", vm.profileSwitcher().selectedProperty().get().name());
    }

    @Test void withNoProfilesTheWelcomeScreenShows() {
        vm.start(null);
        assertEquals(MainViewModel.Screen.WELCOME, vm.screenProperty().get());
        assertNull(vm.profileSwitcher().selectedProperty().get());
    }

    @Test void aSuccessfulFetchIsRememberedWithTheWebhooksNameAndSaved() throws Exception {
        vm.start(null);
        vm.exploreDemo(null);
        vm.open(Providers.byId("featurebase").orElseThrow(), DemoFixtures.FEATUREBASE_HEALTHY, null);

        assertEquals(MainViewModel.Screen.INSPECTOR, vm.screenProperty().get());
        assertTrue(shown.getFirst() instanceof FetchResult);
        assertEquals(200, vm.status().lastHttpStatusProperty().get());
        RecentId recent = vm.recentIds().list().getFirst();
        assertEquals(DemoFixtures.FEATUREBASE_HEALTHY, recent.id());
        assertFalse(recent.name().isBlank());
        assertTrue(store.load().recentIds().isEmpty(), "demo profiles' IDs are not written to disk");
    }

    @Test void aSavedProfilesRecentIdsAndTheLastProfileAreWritten() throws Exception {
        vm.start(null);
        vm.exploreDemo(null);
        profiles.add(new Profile("uv-local", new ProviderId("ultravox"), demo.sandbox().baseUrl("ultravox"), Map.of(), "", KeyRef.env("UV_KEY")),
                Optional.<ApiKey>empty());
        vm.profilesChanged("uv-local");
        assertEquals("uv-local", vm.profileSwitcher().selectedProperty().get().name());

        vm.webhookIdProperty().set(DemoFixtures.ULTRAVOX_HEALTHY);
        vm.fetch();

        Settings saved = store.load();
        assertEquals("uv-local", saved.lastProfile());
        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, saved.recent("uv-local").getFirst().id());
    }

    @Test void anInvalidIdSendsNothing() {
        vm.start(null);
        vm.exploreDemo(null);
        demo.sandbox().clearRequests();
        vm.webhookIdProperty().set("not a uuid");
        vm.fetch();
        assertTrue(vm.idProblemProperty().get().contains("not an Ultravox webhook ID"));
        assertTrue(vm.status().messageProperty().get().startsWith("Nothing was sent"));
        assertEquals(List.of(), demo.sandbox().requests());
        assertEquals(MainViewModel.Screen.READY, vm.screenProperty().get());
    }

    @Test void anEmptyIdAsksForOne() {
        vm.start(null);
        vm.exploreDemo(null);
        vm.fetch();
        assertTrue(vm.idProblemProperty().get().startsWith("Enter a webhook ID"));
    }

    @Test void anErrorGoesToTheInspectorWithItsStatus() {
        vm.start(null);
        vm.exploreDemo(null);
        vm.open(Providers.byId("v0").orElseThrow(), DemoFixtures.V0_FAULT_NOT_FOUND, null);
        assertEquals(dev.webhookinspector.core.problem.ProblemKind.NOT_FOUND, ((FetchException) shown.getFirst()).kind());
        assertEquals(404, vm.status().lastHttpStatusProperty().get());
        assertTrue(vm.status().errorProperty().get());
        assertTrue(vm.recentIds().list().isEmpty(), "an ID that was not found is not remembered");
    }

    @Test void themeChoicesAreSaved() {
        vm.settings().toggleTheme();
        assertTrue(vm.settings().darkProperty().get());
        assertEquals(dev.webhookinspector.ui.ThemeMode.DARK, store.load().theme());
        vm.settings().followSystemTheme();
        assertEquals(dev.webhookinspector.ui.ThemeMode.SYSTEM, store.load().theme());
    }

    @Test void escWhileAFetchRunsSaysCancelledAndTheLateAnswerIsNotShown() {
        ManualTaskRunner runner = new ManualTaskRunner();
        vm = viewModel(runner);
        vm.start(null);
        vm.exploreDemo(null);
        runner.completeAll();
        vm.open(Providers.byId("ultravox").orElseThrow(), DemoFixtures.ULTRAVOX_HEALTHY, null);
        assertTrue(vm.busyProperty().get());

        vm.cancel();
        assertFalse(vm.busyProperty().get());
        assertEquals("Cancelled.", vm.status().messageProperty().get());
        runner.completeAll();

        assertEquals(MainViewModel.Screen.READY, vm.screenProperty().get(), "the late answer does not open the inspector");
        assertEquals(List.of(), shown);
        assertTrue(vm.recentIds().list().isEmpty(), "nor is its ID remembered");
        assertEquals("Cancelled.", vm.status().messageProperty().get());
    }

    @Test void aDemoThatFinishesStartingAfterACancelIsStoppedAtOnce() throws Exception {
        ManualTaskRunner runner = new ManualTaskRunner();
        vm = viewModel(runner);
        vm.start(null);
        runner.completeAll();
        vm.exploreDemo(null);
        assertEquals("Starting the demo…", vm.busyMessageProperty().get());

        vm.cancel();
        runner.completeAll();

        assertFalse(vm.demo().activeProperty().get());
        assertTrue(vm.profileSwitcher().profiles().isEmpty(), "no demo profiles appear");
        assertEquals(MainViewModel.Screen.WELCOME, vm.screenProperty().get());
        URI simulator = demo.sandbox().baseUrl("ultravox");
        assertThrows(ConnectException.class, () -> new Socket(simulator.getHost(), simulator.getPort()).close(),
                "the simulator that started late no longer listens");
    }
}
