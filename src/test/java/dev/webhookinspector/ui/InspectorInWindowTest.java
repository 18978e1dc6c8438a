package dev.webhookinspector.ui;

import dev.webhookinspector.core.model.ProviderId;
import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The inspector panels inside the window: what a fetched demo webhook or a failed fetch shows. */
class InspectorInWindowTest extends FxRobot {
    private static final String WRONG_KEY_VARIABLE = "WRONG_FB_KEY";
    @TempDir Path home;
    private UiHarness ui;
    private MainViewModel vm;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach void openDemo() throws Exception {
        ui = new UiHarness(home, Map.of(WRONG_KEY_VARIABLE, "sk_not_a_key_the_simulator_knows_1234"));
        ui.open(LaunchOptions.parse(List.of("--demo")));
        vm = ui.window.viewModel();
    }

    @AfterEach void close() throws Exception {
        ui.close();
    }

    private void fetch(String provider, String id) {
        onFx(() -> {
            vm.profileSwitcher().selectedProperty().set(vm.profileSwitcher().profiles().stream()
                    .filter(p -> p.demo() && p.provider().id().value().equals(provider)).findFirst().orElseThrow());
            vm.webhookIdProperty().set("");
            return null;
        });
        clickOn("#webhookIdField").write(id).type(KeyCode.ENTER);
        waitUntil("the fetch of " + id + " finished", () -> !vm.busyProperty().get()
                && vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR, Duration.ofSeconds(15));
    }

    private String text(String id) {
        return onFx(() -> lookup("#" + id).queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).findFirst().orElse(""));
    }

    @ParameterizedTest(name = "{0} {1} shows the badge {2}")
    @CsvSource({
            "ultravox, " + DemoFixtures.ULTRAVOX_HEALTHY + ", Healthy",
            "ultravox, " + DemoFixtures.ULTRAVOX_FAILING + ", Failing",
            "featurebase, " + DemoFixtures.FEATUREBASE_HEALTHY + ", Healthy",
            "featurebase, " + DemoFixtures.FEATUREBASE_FAILING + ", Failing",
            "featurebase, " + DemoFixtures.FEATUREBASE_PAUSED + ", Paused",
            "featurebase, " + DemoFixtures.FEATUREBASE_SUSPENDED + ", Disabled by provider",
            "featurebase, " + DemoFixtures.FEATUREBASE_NEVER_DELIVERED + ", No deliveries yet",
            "v0, " + DemoFixtures.V0_BASIC + ", Health unknown"})
    void aFetchedDemoWebhookShowsItsHeaderAndHealthBadge(String provider, String id, String badge) {
        fetch(provider, id);
        assertTrue(onFx(() -> lookup("#snapshotPane").query().isVisible()));
        assertFalse(text("inspectorTitle").isBlank(), "the header names the webhook");
        assertEquals(badge, text("healthBadge"));
        assertEquals("HTTP 200", text("statusHttp"));
    }

    @ParameterizedTest(name = "{0} {1} shows \"{2}\"")
    @CsvSource({
            "v0, " + DemoFixtures.V0_FAULT_NOT_FOUND + ", Webhook not found",
            "featurebase, " + DemoFixtures.FEATUREBASE_FAULT_RATE_LIMITED + ", Rate limited",
            "ultravox, " + DemoFixtures.ULTRAVOX_FAULT_MALFORMED_JSON + ", Unexpected response",
            "v0, " + DemoFixtures.V0_LEGACY_ERROR + ", The provider had a server error"})
    void aFailedFetchShowsAnErrorPanelWithRetry(String provider, String id, String title) {
        fetch(provider, id);
        assertTrue(onFx(() -> lookup("#errorPanel").query().isVisible()));
        assertEquals(title, text("errorTitle"));
        assertFalse(text("errorMessage").isBlank());

        int before = ui.getRequests().size();
        clickOn("#retryButton");
        waitUntil("the retry was sent", () -> ui.getRequests().size() > before && !vm.busyProperty().get(), Duration.ofSeconds(15));
        assertEquals(title, text("errorTitle"), "the same error again");
    }

    @Test void aRejectedKeyShowsItsOwnPanel() throws Exception {
        ui.profiles.add(new Profile("fb-wrong-key", new ProviderId("featurebase"), ui.sandbox().baseUrl("featurebase"), Map.of(), "",
                KeyRef.env(WRONG_KEY_VARIABLE)), Optional.<ApiKey>empty());
        onFx(() -> {
            vm.profilesChanged("fb-wrong-key");
            return null;
        });
        waitUntil("the new profile is selected", () -> vm.profileSwitcher().selectedProperty().get() != null
                && vm.profileSwitcher().selectedProperty().get().name().equals("fb-wrong-key"), Duration.ofSeconds(5));
        clickOn("#webhookIdField").write(DemoFixtures.FEATUREBASE_HEALTHY).type(KeyCode.ENTER);
        waitUntil("the fetch finished", () -> !vm.busyProperty().get() && vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR,
                Duration.ofSeconds(15));
        assertEquals("API key rejected", text("errorTitle"));
        assertEquals("HTTP 401", text("statusHttp"));
        assertFalse(text("errorMessage").contains("sk_not_a_key"), "the key is never shown");
        assertTrue(Providers.byId("featurebase").isPresent());
    }
}
