package dev.webhookinspector.ui;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.main.MainViewModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

class DemoModeTest extends FxRobot {
    @TempDir Path home;
    private UiHarness ui;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach void close() throws Exception {
        if (ui != null) ui.close();
    }

    @Test void aFirstLaunchOffersTheDemoAndTheDemoShowsAWebhook() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.open(LaunchOptions.NONE);
        Node welcome = lookup("#welcomePane").query();
        assertTrue(welcome.isVisible(), "the welcome pane greets a user with no profiles");
        assertTrue(lookup("#addProfileButton").tryQuery().isPresent());

        clickOn("#exploreDemoButton");
        waitUntil("the demo is ready", () -> ui.window.viewModel().demo().activeProperty().get(), Duration.ofSeconds(10));

        assertFalse(welcome.isVisible());
        assertTrue(lookup("#demoWebhooksButton").query().isVisible(), "a Demo indicator shows");
        ComboBox<?> switcher = lookup("#profileSwitcher").query();
        assertEquals(4, switcher.getItems().size(), "one demo profile per provider, and one on an account big enough to page");
        assertEquals("Ultravox demo", ((dev.webhookinspector.ui.profiles.ProfileChoice) switcher.getValue()).name());

        clickOn("#demoWebhook-ultravox-0");
        waitUntil("the webhook is shown", () -> ui.window.viewModel().screenProperty().get() == MainViewModel.Screen.INSPECTOR,
                Duration.ofSeconds(10));
        assertTrue(onFx(() -> ((Label) lookup("#statusHttp").query()).getText()).contains("200"));

        Path profilesFile = ui.profiles.profilesFile();
        ui.close();
        ui = null;
        assertFalse(Files.exists(profilesFile), "the demo ran, and its profiles were never saved: no profiles file appeared");
    }

    @Test void theDemoLeavesTheUsersOwnProfilesFileHoldingOnlyTheirProfiles() throws Exception {
        ui = new UiHarness(home, Map.of());
        ui.profiles.add(new Profile("my-voice", new dev.webhookinspector.core.model.ProviderId("ultravox"), URI.create("https://api.ultravox.ai"), Map.of(), "", KeyRef.env("UV_KEY")),
                Optional.empty());
        Path profilesFile = ui.profiles.profilesFile();
        assertTrue(Files.exists(profilesFile), "the user's own profile is saved first");

        ui.open(LaunchOptions.parse(List.of("--demo", "--open", "v0:" + DemoFixtures.V0_BASIC)));
        MainViewModel vm = ui.window.viewModel();
        assertEquals(MainViewModel.Screen.INSPECTOR, vm.screenProperty().get(), "the demo ran and showed a webhook");
        assertEquals(5, vm.profileSwitcher().profiles().size(), "the user's profile beside the four demo profiles");
        ui.close();
        ui = null;

        try (ProfileService reread = ProfileServices.open(Map.of(ProfileServices.HOME_VARIABLE, home.toString()))) {
            assertEquals(List.of("my-voice"), reread.list().stream().map(Profile::name).toList(), "demo profiles are never saved");
        }
    }

    @Test void theDemoFlagOpensStraightIntoTheDemoAndOpensTheGivenWebhook() throws Exception {
        ui = new UiHarness(home, Map.of());
        LaunchOptions options = LaunchOptions.parse(List.of("--demo", "--open", "featurebase:" + DemoFixtures.FEATUREBASE_HEALTHY));
        ui.open(options);
        MainViewModel vm = ui.window.viewModel();
        assertTrue(vm.demo().activeProperty().get());
        assertEquals(MainViewModel.Screen.INSPECTOR, vm.screenProperty().get());
        assertEquals("featurebase", vm.profileSwitcher().selectedProperty().get().provider().id().value());
        assertEquals(1, ui.sandbox().requests().stream().filter(r -> r.path().contains(DemoFixtures.FEATUREBASE_HEALTHY)).count(),
                "the webhook was fetched once; the sidebar lists the profile's webhooks beside it");
    }
}
