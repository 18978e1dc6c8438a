package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.HostileServer;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.inspector.InspectorViewModel;
import dev.webhookinspector.ui.inspector.WindowText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Servers that echo the API key or a signing secret back, padded to push it past any cut: no piece of either
 * may reach the text output, the JSON output, a problem line or the window.
 */
class HostileAnswersTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "uvKEY0123456789abcdefghijklmnopqr";
    static final String UUID = "3f2a9c1e-8b4d-4e6f-9a0b-1c2d3e4f5a6b";
    static final String FB_ID = "507f1f77bcf86cd799439011";
    static final String SECRET = "whsec_SIGNINGsecret0123456789abcdef";

    static String pad(int n) {
        return "lorem ipsum dolor sit amet ".repeat(n / 27 + 1).substring(0, n);
    }

    /** Eight characters in a row are enough to call it a leak; the masked form keeps only the last four. */
    static void assertNoPieceOf(String secret, String shown, String where) {
        for (int i = 0; i + 8 <= secret.length(); i++) {
            String piece = secret.substring(i, i + 8);
            assertFalse(shown.contains(piece), where + " shows \"" + piece + "\" of the secret:\n" + shown);
        }
    }

    static CliRun get(String provider, String id, String base, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("get", id, "--provider", provider, "--base-url", base, "--timeout", "20"));
        args.addAll(List.of(more));
        return CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, KEY), args.toArray(String[]::new));
    }

    static InspectorViewModel window() {
        return new InspectorViewModel(text -> {}, Clock.systemUTC());
    }

    static Connection connection(String provider, String base) {
        return new Connection(Providers.byId(provider).orElseThrow(), URI.create(base), Map.of(), new ApiKey(KEY), null);
    }

    @Test
    void aKeyEchoedInAnErrorOrAStatusLineNeverShowsEvenWhenPaddedPastTheCut() throws Exception {
        // The HTTP layer cut at 160 characters and the fetcher at 200: these paddings put the key across either cut.
        for (int padding : List.of(60, 100, 140, 180)) {
            String error = JSON.createObjectNode().put("detail", pad(padding) + KEY + " was not accepted").toString();
            byte[] statusLine = ("HTTX/1.1 200 " + pad(padding) + KEY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            for (HostileServer server : List.of(HostileServer.json(400, error), HostileServer.raw(statusLine))) {
                try (server) {
                    CliRun r = get("ultravox", UUID, server.base());
                    assertEquals(6, r.exitCode(), r.err());
                    r.assertCleanError();
                    assertNoPieceOf(KEY, r.err() + r.out(), "the problem line (padding " + padding + ")");
                    InspectorViewModel vm = window();
                    try {
                        new HttpWebhookFetcher().fetch(connection("ultravox", server.base()), UUID);
                    } catch (FetchException e) {
                        vm.showError(e, null);
                    }
                    assertNoPieceOf(KEY, WindowText.of(vm), "the window's error panel (padding " + padding + ")");
                }
            }
        }
    }

    @Test
    void aKeyEchoedInASuccessfulAnswerIsScrubbedFromEveryField() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("webhookId", UUID).put("url", "https://hooks.example/in?token=" + KEY)
                .put("status", "unhealthy").put("created", "2026-01-01T00:00:00Z").put("debugEcho", pad(190) + KEY);
        body.putArray("events").add("call.ended");
        body.putArray("secrets").add(SECRET);
        body.putArray("recentFailures").addObject().put("timestamp", "2026-01-02T00:00:00Z").put("failure", pad(190) + " key " + KEY);
        body.putObject("requestHeaders").put("X-API-Key", KEY);
        try (HostileServer server = HostileServer.json(200, body.toString())) {
            for (String format : List.of("text", "json")) {
                CliRun r = get("ultravox", UUID, server.base(), "--format", format);
                assertEquals(0, r.exitCode(), r.err());
                assertTrue(r.out().contains("debugEcho"), "the extra field is still shown: " + r.out());
                assertNoPieceOf(KEY, r.out() + r.err(), "--format " + format);
            }
            InspectorViewModel vm = window();
            vm.show(new HttpWebhookFetcher().fetch(connection("ultravox", server.base()), UUID));
            assertTrue(WindowText.of(vm).contains("debugEcho"), "the window shows the extra field");
            assertNoPieceOf(KEY, WindowText.of(vm), "the window");
        }
    }

    @Test
    void aSigningSecretRepeatedUnderAnotherNameOrInsideTextIsMaskedEverywhere() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("object", "webhook").put("id", FB_ID).put("name", "Orders")
                .put("url", "https://hooks.example/in?sig=" + SECRET).put("secret", SECRET).put("status", "active")
                .put("description", "rotated from " + SECRET + " on Monday").put("previousSecret", SECRET)
                .put("createdAt", "2026-01-01T00:00:00Z");
        body.putArray("topics").add("post.created");
        body.putObject("health").put("consecutiveFailures", 0).put("lastSuccessAt", "2026-01-02T00:00:00Z");
        try (HostileServer server = HostileServer.json(200, body.toString())) {
            for (String format : List.of("text", "json")) {
                CliRun r = get("featurebase", FB_ID, server.base(), "--format", format);
                assertEquals(0, r.exitCode(), r.err());
                assertTrue(r.out().contains("previousSecret"), r.out());
                assertNoPieceOf(SECRET.substring("whsec_".length()), r.out(), "--format " + format);
            }
            assertTrue(get("featurebase", FB_ID, server.base(), "--format", "json", "--show-secrets").out().contains(SECRET),
                    "--show-secrets still shows it");
            InspectorViewModel vm = window();
            vm.show(new HttpWebhookFetcher().fetch(connection("featurebase", server.base()), FB_ID));
            assertTrue(WindowText.of(vm).contains("previousSecret"), "the fields tree lists it");
            assertNoPieceOf(SECRET.substring("whsec_".length()), WindowText.of(vm), "the window");
        }
    }
}
