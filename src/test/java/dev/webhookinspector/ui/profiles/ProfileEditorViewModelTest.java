package dev.webhookinspector.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.sandbox.RecordedRequest;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.InlineTaskRunner;
import dev.webhookinspector.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The profile form without a toolkit, against two simulators: the one the stored key belongs to, and another
 * address the form is pointed at. The stored key must never reach the second.
 */
class ProfileEditorViewModelTest {
    @TempDir Path home;
    private Sandbox home1;
    private Sandbox elsewhere;
    private ProfileService profiles;
    private AppServices services;
    private final List<String> saved = new ArrayList<>();

    @BeforeEach void setUp() throws Exception {
        home1 = Sandbox.start(0);
        elsewhere = Sandbox.start(0);
        Map<String, String> env = Map.of(ProfileServices.HOME_VARIABLE, home.toString(), PassphrasePrompt.VARIABLE, "correct horse battery staple");
        profiles = ProfileServices.open(env, PassphrasePrompt.fromEnvironmentOrConsole(env));
        services = new AppServices(profiles, new HttpWebhookFetcher(), SettingsStore.inHome(home), () -> {
            throw new IllegalStateException("no demo in this test");
        }, new InlineTaskRunner(), env, false);
        profiles.add(new Profile("fb", new ProviderId("featurebase"), home1.baseUrl("featurebase"), Map.of(), "", KeyRef.vault()),
                Optional.of(new ApiKey(home1.demoKey("featurebase"))));
    }

    @AfterEach void tearDown() {
        profiles.close();
        home1.close();
        elsewhere.close();
    }

    private List<RecordedRequest> carrying(Sandbox s, String key) {
        return s.requests().stream().filter(r -> r.headers().values().stream().flatMap(List::stream).anyMatch(v -> v.contains(key))).toList();
    }

    @Test void pointingAProfileElsewhereAsksForItsKeyAndNeverSendsTheStoredOneThere() throws Exception {
        String storedKey = home1.demoKey("featurebase");
        ProfileEditorViewModel vm = ProfileEditorViewModel.edit(services, profiles.require("fb"));
        vm.baseUrlProperty().set(elsewhere.baseUrl("featurebase").toString());
        String why = "The key of fb was stored for Featurebase at http://127.0.0.1:" + home1.port() + " and is never sent to Featurebase at"
                + " http://127.0.0.1:" + elsewhere.port() + ". Type the key for the new address.";

        vm.testConnection();
        assertEquals(ProfileEditorViewModel.TestOutcome.FAILED, vm.testOutcomeProperty().get());
        assertEquals(why, vm.testMessageProperty().get());
        vm.save(saved::add);
        assertEquals(why, vm.problemProperty().get());
        assertEquals(List.of(), saved);
        assertEquals(home1.baseUrl("featurebase"), profiles.require("fb").baseUrl(), "nothing was saved");
        assertEquals(List.of(), carrying(elsewhere, storedKey), "the stored key reached another address");

        String newKey = elsewhere.demoKey("featurebase") + "-for-elsewhere";
        vm.apiKeyProperty().set(newKey);
        vm.save(saved::add);
        assertEquals(List.of("fb"), saved);
        assertEquals(newKey, profiles.connect(profiles.require("fb"), Duration.ofSeconds(5)).key().reveal());
        assertEquals(List.of(), carrying(elsewhere, storedKey));
    }

    @Test void anotherPathOnTheSameOriginKeepsTheStoredKey() throws Exception {
        ProfileEditorViewModel vm = ProfileEditorViewModel.edit(services, profiles.require("fb"));
        vm.baseUrlProperty().set(home1.baseUrl("featurebase") + "/");
        vm.testConnection();
        assertEquals(ProfileEditorViewModel.TestOutcome.OK, vm.testOutcomeProperty().get(), vm.testMessageProperty().get());
        vm.save(saved::add);
        assertEquals(List.of("fb"), saved, vm.problemProperty().get());
    }

    @Test void aDuplicateForAnotherProviderOrAddressDoesNotCopyTheKey() throws Exception {
        ProfileEditorViewModel vm = ProfileEditorViewModel.duplicate(services, profiles.require("fb"), "fb-copy");
        vm.providerProperty().set(Providers.byId("v0").orElseThrow());
        vm.baseUrlProperty().set(elsewhere.baseUrl("v0").toString());
        vm.save(saved::add);
        assertTrue(vm.problemProperty().get().endsWith("Type the key for the new provider."), vm.problemProperty().get());
        assertEquals(List.of(), saved);
        assertTrue(profiles.find("fb-copy").isEmpty());
        vm.testConnection();
        assertEquals(ProfileEditorViewModel.TestOutcome.FAILED, vm.testOutcomeProperty().get());
        assertEquals(List.of(), carrying(elsewhere, home1.demoKey("featurebase")));
    }
}
