package dev.webhookinspector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webhookinspector.HostileServer;
import dev.webhookinspector.core.HttpWebhookFetcher;
import dev.webhookinspector.core.model.ApiKey;
import dev.webhookinspector.core.provider.Connection;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.inspector.InspectorViewModel;
import dev.webhookinspector.ui.inspector.WindowText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose text carries terminal commands (clear screen, window title, OSC 8 link), CR, backspace, a
 * bidi override and line breaks: the user sees them escaped, and the terminal obeys none.
 */
class TerminalSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "fb_terminal_key_0123456789abcdef";
    private static final String ID = "507f1f77bcf86cd799439011";
    private static final String CLEAR = "\u001b[2J\u001b[H";
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final String LINK = "\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\";
    private static final String RLO = "\u202E";
    private static final String NAME = "Orders\nFAKE: all webhooks healthy" + CLEAR;

    /** Any character a terminal would act on instead of print; line breaks are the caller's to check. */
    private static void assertNothingATerminalObeys(String shown, String where) {
        for (String c : List.of("\u001b", "\r", "\b", "\u0007", RLO, "\u2066", "\u009b")) {
            assertFalse(shown.contains(c), where + " contains U+" + Integer.toHexString(c.charAt(0)) + ":\n" + shown);
        }
    }

    private static CliRun get(String base, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("get", ID, "--provider", "featurebase", "--base-url", base, "--timeout", "20"));
        args.addAll(List.of(more));
        return CliRun.run(Map.of(CliContext.API_KEY_VARIABLE, KEY), args.toArray(String[]::new));
    }

    private static String hostileWebhook() {
        ObjectNode body = JSON.createObjectNode().put("object", "webhook").put("id", ID).put("name", NAME)
                .put("url", "https://hooks.example/" + LINK).put("status", "active" + TITLE)
                .put("description", "back\b\b\b\bspace").put("createdAt", "2026-01-01T00:00:00Z");
        body.putArray("topics").add("post.created" + RLO + "txt.exe");
        body.putObject("health").put("consecutiveFailures", 2);
        body.putObject("lastStatus").put("code", 502).put("message", "Bad gateway\rAll good   " + CLEAR).put("timestamp", "2026-01-02T00:00:00Z");
        body.put("note" + TITLE, "left" + RLO + "right\u2066\u009b\b");
        return body.toString();
    }

    @Test
    void textOutputShowsHostileFieldsEscapedOnTheirOwnLines() throws Exception {
        try (HostileServer server = HostileServer.json(200, hostileWebhook())) {
            CliRun r = get(server.base());
            assertEquals(0, r.exitCode(), r.err());
            assertNothingATerminalObeys(r.out(), "text output");
            assertTrue(r.out().contains("Orders\\nFAKE: all webhooks healthy\\x1b[2J\\x1b[H"), "the name, on one line, escaped: " + r.out());
            assertFalse(r.out().lines().anyMatch(l -> l.startsWith("FAKE")), "a line break in a name starts no line of its own");
            assertTrue(r.out().contains("post.created\\u202Etxt.exe"), r.out());
            assertTrue(r.out().contains("Bad gateway All good \\x1b[2J"), r.out());
            assertTrue(r.out().contains("\"left\\u202Eright\\u2066\\u009B\\b\""), "an extra field as JSON, escaped: " + r.out());
        }
    }

    @Test
    void jsonOutputEscapesControlsAndBidiOverridesYetKeepsTheValuesExact() throws Exception {
        try (HostileServer server = HostileServer.json(200, hostileWebhook())) {
            CliRun r = get(server.base(), "--format", "json");
            assertEquals(0, r.exitCode(), r.err());
            assertNothingATerminalObeys(r.out(), "JSON output");
            JsonNode j = JSON.readTree(r.out());
            assertEquals(NAME, j.get("name").asText(), "a script still reads the exact name");
            assertEquals("post.created" + RLO + "txt.exe", j.get("events").get(0).asText());
        }
    }

    @Test
    void theWindowShowsHostileTextWithoutBidiOverridesOrControls() throws Exception {
        try (HostileServer server = HostileServer.json(200, hostileWebhook())) {
            Connection c = new Connection(Providers.byId("featurebase").orElseThrow(), URI.create(server.base()), Map.of(), new ApiKey(KEY), null);
            InspectorViewModel vm = new InspectorViewModel(text -> {}, Clock.systemUTC());
            vm.show(new HttpWebhookFetcher().fetch(c, ID));
            String shown = WindowText.of(vm);
            assertNothingATerminalObeys(shown, "the window");
            assertTrue(shown.contains("Orders\\nFAKE"), "the name is shown, escaped: " + shown);
        }
    }

    @Test
    void errorLinesOnStderrShowTheProvidersWordsEscaped() throws Exception {
        String error = JSON.createObjectNode().set("error", JSON.createObjectNode().put("code", "boom" + TITLE)
                .put("message", "gone" + CLEAR + RLO + "\nsecond line")).toString();
        byte[] statusLine = ("HTTP/1.1 2" + CLEAR + "00 OK" + LINK + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        for (HostileServer server : List.of(HostileServer.json(400, error), HostileServer.raw(statusLine))) {
            try (server) {
                CliRun r = get(server.base());
                assertEquals(6, r.exitCode(), r.err());
                r.assertCleanError();
                assertNothingATerminalObeys(r.err(), "the problem line");
                assertTrue(r.err().contains("\\x1b[2J"), "the provider's words are still there, escaped: " + r.err());
            }
        }
    }

    @Test
    void profilesFromAnImportedFileAreListedAndShownEscaped(@TempDir Path home) throws Exception {
        CliSession cli = new CliSession(home);
        Path file = home.resolve("shared.json");
        Files.writeString(file, JSON.createObjectNode().put("format", "webhook-inspector-profiles").put("schemaVersion", 1)
                .set("profiles", JSON.createArrayNode().add(JSON.createObjectNode().put("name", "team").put("provider", "v0")
                        .put("baseUrl", "https://api.example.com/" + RLO + "lmth.exe").put("note", "first" + RLO + "line\nsecond line")
                        .put("keyStore", "vault"))).toString());
        assertEquals(0, cli.run("profile", "import", file.toString()).code());
        for (String[] command : List.of(new String[] {"profile", "list"}, new String[] {"profile", "show", "team"},
                new String[] {"profile", "list", "--format", "json"}, new String[] {"profile", "show", "team", "--format", "json"})) {
            CliSession.Result r = cli.run(command);
            assertEquals(0, r.code(), r.toString());
            assertNothingATerminalObeys(r.out(), String.join(" ", command));
            assertTrue(r.out().contains("\\u202E"), "shown escaped: " + r.out());
        }
        assertTrue(cli.run("profile", "show", "team").out().contains("first\\u202Eline\n" + " ".repeat(13) + "second line"),
                "the note keeps its own line breaks");
    }
}
