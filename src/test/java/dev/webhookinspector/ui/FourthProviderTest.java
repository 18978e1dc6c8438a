package dev.webhookinspector.ui;

import static dev.webhookinspector.ui.UiHarness.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.webhookinspector.cli.CliRun;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.profile.ProfileServices;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.fourth.HookRelayProvider;
import dev.webhookinspector.ui.inspector.InspectorViewModel;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A fourth provider registered from the test tree through the same ServiceLoader file a real one uses:
 * the command line, the profile form and the inspector show it, and no code outside its class changed.
 */
class FourthProviderTest extends FxRobot {
    private static final String BODY = """
            {"name": "Orders relay", "target": "https://shop.example/hooks", "state": "failing",
             "triggers": ["order.paid", "order.refunded"], "lastAttemptAt": "2026-11-30T10:00:00Z", "lastError": "HTTP 500 from target"}""";
    @TempDir Path home;
    @TempDir Path plugins;
    private HttpServer server;
    private final List<String> regions = new CopyOnWriteArrayList<>();

    @BeforeAll static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach void register() throws Exception {
        Path services = plugins.resolve("META-INF/services/" + Provider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, HookRelayProvider.class.getName() + "\n");
        Providers.reload(new URLClassLoader(new URL[] {plugins.toUri().toURL()}, getClass().getClassLoader()));

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", exchange -> {
            regions.add(exchange.getRequestHeaders().getFirst("X-Region"));
            boolean list = "all=1".equals(exchange.getRequestURI().getRawQuery());
            byte[] body = (list ? "{\"items\": [" + BODY.replace("{\"name\"", "{\"id\": \"hr_1\", \"name\"") + "]}" : BODY)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach void unregister() {
        server.stop(0);
        Providers.reload(getClass().getClassLoader());
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void theCommandLineOffersItAndFetchesWithItsOption() {
        Map<String, String> env = Map.of(ProfileServices.HOME_VARIABLE, home.toString(), "HOOKRELAY_KEY", "hr_key_0123456789");
        assertTrue(CliRun.run(env, "--help").out().contains("HookRelay (hookrelay)"), "the overview lists it");
        String getHelp = CliRun.run(env, "get", "--help").out();
        assertTrue(getHelp.contains("hookrelay") && getHelp.contains("--region R"), getHelp);

        CliRun added = CliRun.run(env, "profile", "add", "relay", "--provider", "hookrelay", "--base-url", base().toString(),
                "--store", "env:HOOKRELAY_KEY", "--region", "us");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(CliRun.run(env, "profile", "show", "relay").out().contains("Region"), "its option is shown by its own label");

        CliRun got = CliRun.run(env, "get", "hr_1", "--profile", "relay");
        assertEquals(0, got.exitCode(), got.err());
        assertTrue(got.out().startsWith("FAILING: HookRelay says the target keeps failing (status: failing)"), got.out());
        assertTrue(got.out().contains("HookRelay webhook hr_1"), got.out());
        assertTrue(got.out().contains("Triggers") && got.out().contains("order.paid, order.refunded"), "its word for events: " + got.out());
        assertTrue(got.out().contains("HookRelay keeps the last attempt only."), got.out());
        assertEquals(List.of("us"), regions, "the option reached the provider's request");

        CliRun listed = CliRun.run(env, "list", "--profile", "relay");
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().lines().anyMatch(l -> l.startsWith("Orders relay  hr_1  Failing") && l.endsWith("shop.example")),
                "its list through its own request and mapping: " + listed.out());

        CliRun wrongOption = CliRun.run(env, "get", "hr_1", "--provider", "ultravox", "--region", "us");
        assertEquals(2, wrongOption.exitCode());
        assertTrue(wrongOption.err().contains("--region applies to HookRelay only"), wrongOption.err());
    }

    @Test
    void theProfileFormOffersItWithItsOptionAndTheInspectorShowsItInItsWords() throws Exception {
        try (UiHarness ui = new UiHarness(home, Map.of())) {
            ui.open(LaunchOptions.NONE);
            clickOn("#addProfileButton");
            ComboBox<?> providers = lookup("#providerChoice").query();
            onFx(() -> {
                providers.getSelectionModel().select(providers.getItems().indexOf(Providers.byId("hookrelay").orElseThrow()));
                return null;
            });
            assertTrue(lookup("#option-region").tryQuery().isPresent(), "the form shows the provider's own option");
        }

        Provider relay = Providers.byId("hookrelay").orElseThrow();
        FetchResult result = new HttpWebhookFetcher().fetch(new Connection(relay, base(), Map.of(), new ApiKey("hr_key_0123456789"), null),
                "hr_1");
        InspectorViewModel vm = new InspectorViewModel();
        vm.show(result);
        assertEquals("HookRelay", vm.header().providerNameProperty().get());
        assertEquals("Triggers", vm.overview().eventsTitleProperty().get());
        assertEquals("HookRelay says the target keeps failing.", vm.header().badgeTooltipProperty().get());
        assertEquals("HookRelay keeps the last attempt only.", vm.failures().providerNoteProperty().get());
        assertTrue(vm.failuresShownProperty().get(), "it reports failures, so the Failures tab stays");
    }
}
