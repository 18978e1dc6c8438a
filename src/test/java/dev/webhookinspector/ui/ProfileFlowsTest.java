package dev.webhookinspector.ui;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static dev.webhookinspector.ui.UiHarness.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.PasswordTextField;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Profiles through the window: add from the welcome pane, test, rename, duplicate, delete; all in a temporary home. */
class ProfileFlowsTest extends FxRobot {
    private static final String KEY_VARIABLE = "FB_TEST_KEY";
    @TempDir Path home;
    private Sandbox sandbox;
    private UiHarness ui;

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach void start() throws Exception {
        sandbox = Sandbox.start(0);
        ui = new UiHarness(home, Map.of(KEY_VARIABLE, DemoFixtures.FEATUREBASE_DEMO_KEY));
        ui.open(LaunchOptions.NONE);
    }

    @AfterEach void close() throws Exception {
        ui.close();
        sandbox.close();
    }

    private String text(String id) {
        return onFx(() -> ((Label) lookup("#" + id).query()).getText());
    }

    private List<Profile> saved() throws Exception {
        return ui.profiles.list();
    }

    private void addFeaturebaseProfile(String name) {
        clickOn("#profileNameField").write(name);
        ComboBox<?> provider = lookup("#providerChoice").query();
        onFx(() -> {
            provider.getSelectionModel().select(provider.getItems().indexOf(Providers.byId("featurebase").orElseThrow()));
            return null;
        });
        clickOn("#baseUrlField").write(sandbox.baseUrl("featurebase").toString());
        clickOn("#storeEnv");
        clickOn("#envVariableField").write(KEY_VARIABLE);
    }

    @Test void addingAProfileFromTheWelcomePaneTestsItSavesItAndFetchesWithIt() throws Exception {
        clickOn("#addProfileButton");
        addFeaturebaseProfile("fb-local");
        clickOn("#testConnectionButton");
        waitUntil("the test answered", () -> !text("testResult").isBlank() && !text("testResult").startsWith("Testing"), Duration.ofSeconds(10));
        assertTrue(text("testResult").startsWith("Connected"), text("testResult"));

        clickOn("#saveProfileButton");
        MainViewModel vm = ui.window.viewModel();
        waitUntil("the profile is selected", () -> vm.profileSwitcher().selectedProperty().get() != null, Duration.ofSeconds(10));
        assertEquals("fb-local", vm.profileSwitcher().selectedProperty().get().name());
        assertEquals(MainViewModel.Screen.READY, vm.screenProperty().get(), "the welcome pane is gone");
        Profile p = saved().getFirst();
        assertEquals(KeyStoreKind.ENV, p.keyRef().store());
        assertEquals(KEY_VARIABLE, p.keyRef().locator());

        clickOn("#webhookIdField").write(DemoFixtures.FEATUREBASE_HEALTHY).type(KeyCode.ENTER);
        waitUntil("fetched", () -> vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR && !vm.busyProperty().get(), Duration.ofSeconds(10));
        assertEquals("HTTP 200", text("statusHttp"));
    }

    @Test void aVaultProfileAsksForANewPassphraseInTheWindowAndKeepsTheKeyEncrypted() throws Exception {
        clickOn("#addProfileButton");
        addFeaturebaseProfile("fb-vault");
        clickOn("#storeVault");
        clickOn("#apiKeyField").write(DemoFixtures.FEATUREBASE_DEMO_KEY);
        clickOn("#saveProfileButton");

        waitUntil("the passphrase dialog opens", () -> onFx(() -> lookup("#passphraseDialog").tryQuery().isPresent()), Duration.ofSeconds(5));
        clickOn("#vaultPassphraseField").write("correct horse battery staple");
        clickOn("#vaultPassphraseRepeatField").write("correct horse battery staple");
        clickOn("#unlockVaultButton");

        waitUntil("saved", () -> {
            try { return saved().size() == 1; } catch (Exception e) { return false; }
        }, Duration.ofSeconds(20));
        assertEquals(KeyStoreKind.VAULT, saved().getFirst().keyRef().store());
        try (var files = java.nio.file.Files.walk(home)) {
            for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                assertFalse(java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1).contains(DemoFixtures.FEATUREBASE_DEMO_KEY),
                        "the key is in plain text in " + f.getFileName());
            }
        }
        MainViewModel vm = ui.window.viewModel();
        clickOn("#webhookIdField").write(DemoFixtures.FEATUREBASE_HEALTHY).type(KeyCode.ENTER);
        waitUntil("fetched with the key from the vault", () -> vm.screenProperty().get() == MainViewModel.Screen.INSPECTOR
                && !vm.busyProperty().get(), Duration.ofSeconds(20));
        assertEquals("HTTP 200", text("statusHttp"));
    }

    @Test void aNewVaultPassphraseOfOnlySpacesIsRefusedInTheDialog() throws Exception {
        clickOn("#addProfileButton");
        addFeaturebaseProfile("fb-vault");
        clickOn("#storeVault");
        clickOn("#apiKeyField").write(DemoFixtures.FEATUREBASE_DEMO_KEY);
        clickOn("#saveProfileButton");
        waitUntil("the passphrase dialog opens", () -> onFx(() -> lookup("#passphraseDialog").tryQuery().isPresent()), Duration.ofSeconds(5));
        clickOn("#vaultPassphraseField").write("        ");
        clickOn("#vaultPassphraseRepeatField").write("        ");
        clickOn("#unlockVaultButton");
        assertEquals("The passphrase is only spaces; choose one of at least 8 characters that are not all spaces.", text("passphraseProblem"));
        assertTrue(onFx(() -> lookup("#passphraseDialog").tryQuery().isPresent()), "the dialog stays open for another try");
        clickOn("#cancelPassphraseButton");
        waitUntil("the form says nothing was saved", () -> !text("profileProblem").isBlank(), Duration.ofSeconds(5));
        assertEquals(List.of(), saved());
        assertFalse(java.nio.file.Files.exists(home.resolve("keys.vault")));
    }

    @Test void pointingASavedProfileElsewhereShowsWhyItsKeyMustBeTypedAgain() throws Exception {
        Map<String, String> setupEnv = Map.of(ProfileServices.HOME_VARIABLE, home.toString(), PassphrasePrompt.VARIABLE, "correct horse battery staple");
        try (ProfileService setup = ProfileServices.open(setupEnv)) {
            setup.add(new Profile("fb-vault", new ProviderId("featurebase"), sandbox.baseUrl("featurebase"), Map.of(), "", KeyRef.vault()),
                    Optional.of(new ApiKey(DemoFixtures.FEATUREBASE_DEMO_KEY)));
        }
        clickOn("#manageProfilesButton");
        waitUntil("the sheet lists it", () -> onFx(() -> lookup("#profilesList").tryQuery().isPresent()), Duration.ofSeconds(5));
        clickOn("#editProfileButton");
        waitUntil("the form is open", () -> onFx(() -> lookup("#keyAddressNote").tryQuery().isPresent()), Duration.ofSeconds(5));
        Label note = lookup("#keyAddressNote").query();
        assertFalse(onFx(note::isVisible), "no note while the address is the key's own");

        TextField baseUrl = lookup("#baseUrlField").query();
        onFx(() -> {
            baseUrl.setText("https://attacker.example/featurebase");
            return null;
        });
        assertTrue(onFx(note::isVisible));
        assertTrue(text("keyAddressNote").endsWith(" and is never sent to Featurebase at https://attacker.example. Type the key for the new address."),
                text("keyAddressNote"));
        clickOn("#saveProfileButton");
        assertEquals(text("keyAddressNote"), text("profileProblem"));
        assertEquals(sandbox.baseUrl("featurebase"), saved().getFirst().baseUrl(), "nothing was saved");
    }

    @Test void theKeyFieldIsMaskedUntilRevealed() {
        clickOn("#addProfileButton");
        clickOn("#apiKeyField").write("sk_live_abcdefghijklmnop");
        PasswordTextField field = lookup("#apiKeyField").query();
        assertFalse(onFx(field::getText).contains("abcdef"), "the key shows as dots");
        clickOn("#revealKeyButton");
        assertEquals("sk_live_abcdefghijklmnop", onFx(field::getText));
        clickOn("#revealKeyButton");
        assertFalse(onFx(field::getText).contains("abcdef"));
        RadioButton keyring = lookup("#storeKeyring").query();
        assertTrue(onFx(keyring::getText).startsWith("OS key store"));
    }

    @Test void aBadFormSaysWhatIsWrongAndSavesNothing() throws Exception {
        clickOn("#addProfileButton");
        clickOn("#profileNameField").write("x");
        clickOn("#storeEnv");
        clickOn("#saveProfileButton");
        waitUntil("a problem is shown", () -> !text("profileProblem").isBlank(), Duration.ofSeconds(5));
        assertTrue(text("profileProblem").contains("environment variable"), text("profileProblem"));
        assertEquals(List.of(), saved());
    }

    @Test void renameDuplicateAndDeleteFromTheProfilesSheet() throws Exception {
        clickOn("#addProfileButton");
        addFeaturebaseProfile("fb-local");
        clickOn("#saveProfileButton");
        waitUntil("saved", () -> ui.window.viewModel().profileSwitcher().selectedProperty().get() != null, Duration.ofSeconds(10));

        clickOn("#manageProfilesButton");
        waitUntil("the sheet lists it", () -> onFx(() -> lookup("#profilesList").tryQuery().isPresent()), Duration.ofSeconds(5));

        clickOn("#renameProfileButton");
        doubleClickOn("#renameField").eraseText(20).write("fb-renamed");
        clickOn("#confirmRenameButton");
        waitUntil("renamed", () -> {
            try { return saved().getFirst().name().equals("fb-renamed"); } catch (Exception e) { return false; }
        }, Duration.ofSeconds(5));
        waitUntil("the switcher follows", () -> "fb-renamed".equals(ui.window.viewModel().profileSwitcher().selectedProperty().get().name()),
                Duration.ofSeconds(5));

        clickOn("#duplicateProfileButton");
        clickOn("#saveProfileButton");
        waitUntil("duplicated", () -> {
            try { return saved().size() == 2; } catch (Exception e) { return false; }
        }, Duration.ofSeconds(5));
        assertTrue(saved().stream().anyMatch(p -> p.name().equals("fb-renamed-copy")));

        clickOn("#deleteProfileButton");
        clickOn("#confirmDeleteButton");
        waitUntil("deleted", () -> {
            try { return saved().size() == 1; } catch (Exception e) { return false; }
        }, Duration.ofSeconds(5));
        assertTrue(text("profilesMessage").startsWith("Deleted profile"));
    }
}
