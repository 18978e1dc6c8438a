package dev.webhookinspector.ui.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.ConnectProxy;
import dev.webhookinspector.core.http.NetworkSettings;
import dev.webhookinspector.core.http.TestCertificates;
import dev.webhookinspector.core.http.TlsFront;
import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.profile.KeyRef;
import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.profile.ProfileService;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.InlineTaskRunner;
import dev.webhookinspector.ui.settings.SettingsStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's profile form has no proxy or CA file fields; a profile that has them keeps and uses them. */
class ProfileEditorNetworkTest {
    @TempDir Path home;

    @Test
    void editingAProfileInTheWindowKeepsItsProxyAndCaFileAndTestsThroughThem() throws Exception {
        TestCertificates certs = TestCertificates.get();
        try (Sandbox sandbox = Sandbox.start(0); TlsFront front = TlsFront.start(certs.serverKeyStore, sandbox.port());
             ConnectProxy proxy = ConnectProxy.start()) {
            Map<String, String> env = Map.of(ProfileServices.HOME_VARIABLE, home.toString(), "UV_KEY", sandbox.demoKey("ultravox"));
            ProfileService profiles = ProfileServices.open(env, PassphrasePrompt.fromEnvironmentOrConsole(env));
            NetworkSettings network = new NetworkSettings(proxy.url(), certs.caPem.toString());
            profiles.add(new Profile("gateway", new ProviderId("ultravox"), URI.create("https://localhost:" + front.port() + "/ultravox"),
                    Map.of(), "", new KeyRef(KeyStoreKind.ENV, "UV_KEY"), network), Optional.empty());
            AppServices services = new AppServices(profiles, new HttpWebhookFetcher(), SettingsStore.inHome(home), () -> {
                throw new IllegalStateException("no demo here");
            }, new InlineTaskRunner(), env, false);

            ProfileEditorViewModel editor = ProfileEditorViewModel.edit(services, profiles.require("gateway"));
            editor.testConnection();
            assertEquals(ProfileEditorViewModel.TestOutcome.OK, editor.testOutcomeProperty().get(), editor.testMessageProperty().get());
            assertEquals(List.of("CONNECT localhost:" + front.port() + " HTTP/1.1"), proxy.requestLines());
            assertFalse(proxy.sawInClear(sandbox.demoKey("ultravox")));

            editor.noteProperty().set("edited in the window");
            editor.save(saved -> { });
            Profile saved = profiles.require("gateway");
            assertEquals("edited in the window", saved.note());
            assertEquals(network, saved.network());
            profiles.close();
        }
    }
}
