package dev.webhookinspector.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.history.HistoryRecorder;
import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.ui.InlineTaskRunner;
import dev.webhookinspector.ui.UiHarness;
import dev.webhookinspector.ui.main.InspectorPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's memory as a user meets it: a saved profile's webhook fetched twice from the simulator with a change in
 * between, and the change found in the header, the Fields marks and the History tab; Export report and Clear history.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HistoryTabTest {
    private static final String ID = DemoFixtures.ULTRAVOX_FAILING;
    private static final String ROTATED = "RotatedSecretValue9xQ2mL7vT4kP8nB3";
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir Path home;
    private SandboxFetch sandbox;
    private HistoryService history;
    private InspectorPanel panel;
    private final List<String> secretsSeen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // A simulator per test: the tests edit its webhooks.
        sandbox = new SandboxFetch();
        history = new HistoryService(() -> new HistoryRecorder(home));
        panel = new InspectorPanel();
        panel.setHistory(new InlineTaskRunner(), history);
        stage.setScene(new Scene(new StackPane(panel.root()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        history.close();
        sandbox.close();
    }

    /** As the window fetches: prepared (and recorded) on a worker, then shown. */
    private FetchResult fetch(FxRobot robot, Optional<String> profile) {
        FetchResult r = sandbox.fetch("ultravox", ID);
        for (Secret s : r.snapshot().secrets()) secretsSeen.add(s.reveal());
        panel.prepare(r, profile);
        robot.interact(() -> panel.show(r));
        return r;
    }

    private FetchResult fetch(FxRobot robot) {
        return fetch(robot, Optional.of("uv"));
    }

    private void changeTheWebhook() {
        sandbox.sandbox().change("ultravox", ID, w -> {
            w.put("url", "https://new-host.acme-voice.example/hooks");
            ((ArrayNode) w.get("secrets")).removeAll().add(ROTATED);
            ArrayNode failures = (ArrayNode) w.get("recentFailures");
            failures.remove(failures.size() - 1);
            failures.insert(0, new ObjectMapper().createObjectNode().put("timestamp", Instant.now().toString())
                    .put("failure", "HTTP 502 Bad Gateway from the new host"));
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> diff(FxRobot robot) {
        return List.copyOf(robot.lookup("#historyDiff").queryAs(ListView.class).getItems());
    }

    @Test
    void aChangeMadeBetweenTwoFetchesShowsInTheHeaderTheFieldsAndTheHistoryDiff(FxRobot robot) {
        fetch(robot);
        assertFalse(robot.lookup("#headerChanges").query().isVisible(), "nothing to compare with on a first fetch");
        changeTheWebhook();
        fetch(robot);

        Node changes = robot.lookup("#headerChanges").query();
        assertTrue(changes.isVisible());
        assertTrue(text(robot, "#headerChanges").endsWith("changes since last fetch"), text(robot, "#headerChanges"));
        String tip = ((Labeled) changes).getTooltip().getText();
        assertTrue(tip.contains("URL: https://support-bot.acme-voice.example/webhooks/ultravox → https://new-host.acme-voice.example/hooks"), tip);
        assertTrue(tip.contains("Secret rotated"), tip);
        assertTrue(tip.contains("New failures: 1"), tip);
        assertFalse(tip.contains(ROTATED), "a rotated secret shows only masked");

        robot.clickOn("#fieldsTab");
        List<String> marked = robot.lookup(".field-changed").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        assertTrue(marked.contains("url"), "the URL field is marked: " + marked);
        assertTrue(marked.contains("secrets"), "the secrets field is marked: " + marked);

        robot.clickOn("#historyTab");
        UiHarness.waitUntil("the history is loaded", () -> robot.lookup("#historyContent").query().isVisible(), WAIT);
        assertTrue(text(robot, "#historySummary").startsWith("2 fetches recorded"), text(robot, "#historySummary"));
        List<String> diff = diff(robot);
        assertTrue(diff.stream().anyMatch(d -> d.startsWith("URL: ")), diff.toString());
        assertTrue(diff.stream().anyMatch(d -> d.startsWith("Secret rotated")), diff.toString());
    }

    @Test
    void theFailureLogKeepsAFailureTheProviderDropped(FxRobot robot) {
        FetchResult first = fetch(robot);
        String dropped = first.snapshot().failures().getLast().message();
        changeTheWebhook();
        FetchResult second = fetch(robot);
        assertFalse(second.snapshot().failures().stream().anyMatch(f -> f.message().equals(dropped) && f.timestamp().equals(first.snapshot().failures().getLast().timestamp())));

        robot.clickOn("#historyTab");
        UiHarness.waitUntil("the history is loaded", () -> robot.lookup("#historyContent").query().isVisible(), WAIT);
        TableView<HistoryViewModel.FailureRow> log = robot.lookup("#historyFailures").queryTableView();
        assertEquals(first.snapshot().failures().size() + 1, log.getItems().size(), "every failure ever seen, once each");
        assertTrue(log.getItems().stream().anyMatch(r -> r.message().contains(dropped)), "the dropped failure is still in the log");
    }

    @Test
    void exportReportWritesAFileWithNothingSecretInIt(FxRobot robot) throws Exception {
        fetch(robot);
        changeTheWebhook();
        fetch(robot);
        robot.clickOn("#historyTab");
        Path file = home.resolve("report.md");
        robot.interact(() -> {
            panelHistory(robot).setFileTarget(f -> Optional.of(file));
        });
        robot.clickOn("#exportReport").clickOn("#exportMarkdown");
        UiHarness.waitUntil("the report is written", () -> Files.exists(file), WAIT);
        String report = Files.readString(file);
        assertTrue(report.contains("URL: https://support-bot"), "the changes since the fetch before are in it:\n" + report);
        assertTrue(text(robot, "#historyNotice").contains("report.md"), text(robot, "#historyNotice"));
        List<String> secrets = new ArrayList<>(secretsSeen);
        secrets.add(sandbox.sandbox().demoKey("ultravox"));
        for (String s : secrets) assertFalse(report.contains(s), "the report holds a secret or key");
    }

    @Test
    void clearHistoryAsksThenEmptiesTheTab(FxRobot robot) {
        fetch(robot);
        fetch(robot);
        robot.clickOn("#historyTab");
        UiHarness.waitUntil("the history is loaded", () -> robot.lookup("#historyContent").query().isVisible(), WAIT);
        robot.clickOn("#clearHistory");
        assertTrue(robot.lookup("#historyConfirm").query().isVisible(), "asks first");
        robot.clickOn("#historyCancelClear");
        assertTrue(robot.lookup("#historyContent").query().isVisible(), "cancel keeps it");
        robot.clickOn("#clearHistory").clickOn("#historyConfirmClear");
        assertTrue(robot.lookup("#historyEmpty").query().isVisible());
        assertFalse(robot.lookup("#historyContent").query().isVisible());
        fetch(robot);
        assertFalse(robot.lookup("#headerChanges").query().isVisible(), "after clearing, the next fetch is a first fetch again");
    }

    @Test
    void aDemoWebhookIsNotRecordedAndSaysSo(FxRobot robot) {
        fetch(robot, Optional.empty());
        fetch(robot, Optional.empty());
        assertFalse(robot.lookup("#headerChanges").query().isVisible());
        robot.clickOn("#historyTab");
        assertTrue(robot.lookup("#historyEmpty").query().isVisible());
        assertTrue(robot.lookup(".empty-text").queryAllAs(Labeled.class).stream().anyMatch(l -> l.getText().contains("Demo webhooks are not recorded")));
        assertFalse(Files.exists(home.resolve("history.db")), "nothing written for a demo webhook");
    }

    private HistoryViewModel panelHistory(FxRobot robot) {
        return panel.inspectorViewModel().history();
    }
}
