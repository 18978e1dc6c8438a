package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.problem.ProblemKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.model.Failure;
import dev.webhookinspector.sandbox.DemoFixtures;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector as a user sees it, fed by real fetches from the simulator over loopback. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    private static SandboxFetch sandbox;
    private InspectorViewModel vm;

    @BeforeAll static void startSandbox() { sandbox = new SandboxFetch(); }

    @AfterAll static void stopSandbox() { sandbox.close(); }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new InspectorViewModel();
        Scene scene = new Scene((Parent) new InspectorView(vm).root(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    private FetchResult show(FxRobot robot, String provider, String id) {
        FetchResult r = sandbox.fetch(provider, id);
        robot.interact(() -> vm.show(r));
        return r;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private static String clipboard() throws ExecutionException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }

    @Test
    void pointingAtAFailuresTimeShowsItInUtc(FxRobot robot) {
        show(robot, "ultravox", DemoFixtures.ULTRAVOX_FAILING);
        robot.clickOn("#failuresTab");
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#failuresTable .table-cell")
                .match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getItem() instanceof java.time.Instant)
                .query();
        assertEquals(null, cell.getTooltip(), "tooltips are made when first pointed at, not for every cell");

        robot.moveTo(cell);

        assertTrue(cell.getTooltip() != null && cell.getTooltip().getText().contains("UTC"),
                "the time in UTC on hover, got " + (cell.getTooltip() == null ? "none" : cell.getTooltip().getText()));
    }

    @Test
    void nothingLoadedShowsAHintInsteadOfEmptyPanels(FxRobot robot) {
        assertTrue(shown(robot, "#inspectorEmpty"));
        assertTrue(robot.lookup("No webhook loaded").tryQuery().isPresent());
    }

    @Test
    void healthyUltravoxWebhook(FxRobot robot) {
        show(robot, "ultravox", DemoFixtures.ULTRAVOX_HEALTHY);

        assertEquals(DemoFixtures.ULTRAVOX_HEALTHY, text(robot, "#inspectorTitle"));
        assertEquals("Healthy", text(robot, "#healthBadge"));
        assertEquals("normal", text(robot, "#providerStatus"));
        assertEquals("Status changed 12 days ago", text(robot, "#statusChange"));
        assertEquals("0", text(robot, "#metricValue-recentFailureCount"));
        assertEquals("Deliveries are working", text(robot, "#verdictTitle"));

        robot.clickOn("#failuresTab");
        assertTrue(shown(robot, "#failuresNote"));
        assertEquals("No recent delivery failures reported by Ultravox.", text(robot, "#failuresNote"));
    }

    @Test
    void failingUltravoxWebhook(FxRobot robot) {
        show(robot, "ultravox", DemoFixtures.ULTRAVOX_FAILING);

        assertEquals("Failing", text(robot, "#healthBadge"));
        assertEquals("unhealthy", text(robot, "#providerStatus"));
        assertEquals("40", text(robot, "#metricValue-recentFailureCount"));
        assertEquals("Deliveries are failing", text(robot, "#verdictTitle"));

        javafx.scene.control.TabPane tabs = robot.lookup("#inspectorTabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("Failures (40)", tabs.getTabs().get(2).getText());
        robot.clickOn("#showFailures");
        TableView<?> table = robot.lookup("#failuresTable").queryTableView();
        assertTrue(shown(robot, "#failuresTable"));
        assertEquals(40, table.getItems().size());
        assertEquals("40 failures", text(robot, "#failureSummary"));
    }

    @Test
    void healthyAndFailingFeaturebaseWebhooks(FxRobot robot) {
        show(robot, "featurebase", DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals("Production feedback sync", text(robot, "#inspectorTitle"));
        assertEquals("Healthy", text(robot, "#healthBadge"));
        assertEquals("active", text(robot, "#providerStatus"));
        assertEquals("142 ms", text(robot, "#metricValue-lastResponseTime"));
        assertEquals("0", text(robot, "#metricValue-consecutiveFailures"));

        show(robot, "featurebase", DemoFixtures.FEATUREBASE_FAILING);
        assertEquals("Failing", text(robot, "#healthBadge"));
        assertEquals("4.87 s", text(robot, "#metricValue-lastResponseTime"));
        assertEquals("4.21 s", text(robot, "#metricValue-avgResponseTime"));
        assertEquals("7", text(robot, "#metricValue-consecutiveFailures"));
        assertTrue(robot.lookup("#metric-consecutiveFailures").query().getStyleClass().contains("level-critical"));
        assertTrue(text(robot, "#verdictText").contains("Bad Gateway (HTTP 502)"));

        show(robot, "featurebase", DemoFixtures.FEATUREBASE_PAUSED);
        assertEquals("Paused", text(robot, "#healthBadge"));
        assertEquals("paused", text(robot, "#providerStatus"));
    }

    @Test
    void v0PanelsSayWhatIsNotReported(FxRobot robot) {
        show(robot, "v0", DemoFixtures.V0_BASIC);

        assertEquals("Health unknown", text(robot, "#healthBadge"));
        assertEquals("no status reported", text(robot, "#providerStatus"));
        assertEquals("v0's API does not report health metrics for webhooks.", text(robot, "#metricsNote"));
        assertEquals("v0's API does not return signing secrets for webhooks.", text(robot, "#secretsNote"));

        javafx.scene.control.TabPane tabs = robot.lookup("#inspectorTabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals(java.util.List.of("Overview", "Fields", "Raw JSON", "Request", "Lab", "History"), tabs.getTabs().stream().map(t -> t.getText()).toList(),
                "no Failures tab for an API that reports none");

        show(robot, "featurebase", DemoFixtures.FEATUREBASE_HEALTHY);
        assertEquals("Failures", tabs.getTabs().get(2).getText(), "the tab comes back for a provider that reports failures");
    }

    @Test
    void copyingASecretFillsTheClipboardWhileTheScreenStaysMasked(FxRobot robot) throws Exception {
        FetchResult r = show(robot, "ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        String secret = r.snapshot().secrets().getFirst().reveal();
        String masked = r.snapshot().secrets().getFirst().masked();

        robot.clickOn("#copySecret0");

        assertEquals(secret, clipboard());
        assertEquals(masked, text(robot, "#secretValue0"));
        assertEquals("Secret 1 copied to the clipboard", text(robot, "#inspectorNotice"));

        robot.clickOn("#revealSecret0");
        assertEquals(secret, text(robot, "#secretValue0"));
        assertEquals(r.snapshot().secrets().get(1).masked(), text(robot, "#secretValue1"));
        robot.clickOn("#revealSecret0");
        assertEquals(masked, text(robot, "#secretValue0"));
    }

    @Test
    void typingInTheFilterNarrowsTheFailureTable(FxRobot robot) {
        FetchResult r = show(robot, "ultravox", DemoFixtures.ULTRAVOX_FAILING);
        long refused = r.snapshot().failures().stream().filter(f -> f.message().contains("Connection refused")).count();
        robot.clickOn("#failuresTab");
        TableView<?> table = robot.lookup("#failuresTable").queryTableView();

        robot.clickOn("#failureFilter").write("refused");

        assertEquals(refused, table.getItems().size());
        assertEquals("Showing " + refused + " of 40 failures", text(robot, "#failureSummary"));

        robot.clickOn("#clearFailureFilter");
        assertEquals(40, table.getItems().size());
    }

    @Test
    void theKindFilterShowsOneKindOnly(FxRobot robot) {
        FetchResult r = show(robot, "ultravox", DemoFixtures.ULTRAVOX_FAILING);
        long tls = r.snapshot().failures().stream().filter(f -> f.message().startsWith("SSL:")).count();
        robot.clickOn("#failuresTab");

        robot.clickOn("#failureKindFilter").clickOn("TLS (" + tls + ")");

        assertEquals(tls, robot.lookup("#failuresTable").queryTableView().getItems().size());
    }

    @Test
    void theGroupedViewCountsEachKindWithFirstAndLastSeen(FxRobot robot) {
        FetchResult r = show(robot, "ultravox", DemoFixtures.ULTRAVOX_FAILING);
        List<Failure> all = r.snapshot().failures();
        long timeouts = all.stream().filter(f -> f.message().toLowerCase(Locale.ROOT).contains("timed out")).count();
        robot.clickOn("#failuresTab");

        robot.clickOn("#failuresGroupedMode");

        assertTrue(shown(robot, "#failureGroupsTable"));
        assertFalse(shown(robot, "#failuresTable"));
        TableView<?> groups = robot.lookup("#failureGroupsTable").queryTableView();
        var rows = vm.failures().groups();
        assertEquals(rows.size(), groups.getItems().size());
        assertEquals(40, rows.stream().mapToInt(g -> g.count()).sum());
        assertEquals(timeouts, rows.stream().filter(g -> g.kind().label().equals("Timeout")).findFirst().orElseThrow().count());
        assertTrue(robot.lookup("Timeout").tryQuery().isPresent());
    }

    @Test
    void rawJsonSearchFindsAndSelectsTheMatchingLine(FxRobot robot) {
        show(robot, "ultravox", DemoFixtures.ULTRAVOX_FAILING);
        robot.clickOn("#rawTab");

        robot.clickOn("#rawSearch").write("lastStatusChange");

        assertEquals("1 of 1", text(robot, "#rawSearchCount"));
        ListView<?> list = robot.lookup("#rawJson").queryListView();
        Object selected = list.getSelectionModel().getSelectedItem();
        assertTrue(((JsonLines.Line) selected).text().contains("\"lastStatusChange\""));

        robot.eraseText("lastStatusChange".length()).write("Connection refused");
        String count = text(robot, "#rawSearchCount");
        assertTrue(count.startsWith("1 of "), count);
        robot.type(KeyCode.ENTER);
        assertTrue(text(robot, "#rawSearchCount").startsWith("2 of "));
    }

    @Test
    void rawJsonShowsSecretsMasked(FxRobot robot) {
        FetchResult r = show(robot, "featurebase", DemoFixtures.FEATUREBASE_FAILING);
        robot.clickOn("#rawTab");
        robot.clickOn("#rawSearch").write("whsec_");

        assertEquals("1 of 1", text(robot, "#rawSearchCount"));
        JsonLines.Line line = (JsonLines.Line) robot.lookup("#rawJson").queryListView().getSelectionModel().getSelectedItem();
        assertTrue(line.text().contains(r.snapshot().secrets().getFirst().masked()));
        assertFalse(line.text().contains(r.snapshot().secrets().getFirst().reveal()));
    }

    @Test
    void copyAsCurlUsesTheEnvironmentVariableNotTheKey(FxRobot robot) throws Exception {
        show(robot, "ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        robot.clickOn("#requestTab");
        assertEquals("GET", text(robot, "#requestMethod"));

        robot.clickOn("#copyCurl");

        String curl = clipboard();
        assertTrue(curl.contains("X-API-Key: $WEBHOOK_INSPECTOR_API_KEY"), curl);
        assertFalse(curl.contains(DemoFixtures.ULTRAVOX_DEMO_KEY));
        assertFalse(text(robot, "#headerValue-X-API-Key").contains(DemoFixtures.ULTRAVOX_DEMO_KEY));
    }

    @ParameterizedTest
    @EnumSource(ProblemKind.class)
    void eachErrorKindShowsItsPanelAndRetryCallsBack(ProblemKind kind, FxRobot robot) {
        int[] retries = {0};
        FetchException e = InspectorGallery.sampleError(kind);
        robot.interact(() -> vm.showError(e, () -> retries[0]++));

        assertTrue(shown(robot, "#errorPanel"));
        assertEquals(kind.title(), text(robot, "#errorTitle"));
        assertEquals(e.problem().summary(), text(robot, "#errorMessage"));
        assertEquals(ErrorViewModel.hint(e.problem()), text(robot, "#errorHint"));

        robot.clickOn("#retryButton");
        assertEquals(1, retries[0]);
    }

    @Test
    void aRealNotFoundFromTheSimulatorReadsAsNotFound(FxRobot robot) {
        FetchException e = sandbox.failure("ultravox", DemoFixtures.ULTRAVOX_FAULT_NOT_FOUND);
        robot.interact(() -> vm.showError(e, () -> {}));

        assertEquals("Webhook not found", text(robot, "#errorTitle"));
        assertEquals(e.problem().summary(), text(robot, "#errorMessage"));
        assertTrue(text(robot, "#errorMessage").contains("has no webhook with ID " + DemoFixtures.ULTRAVOX_FAULT_NOT_FOUND));
        assertFalse(text(robot, "#errorMessage").contains("Check"), "advice comes once, from the hint");
        assertEquals("HTTP 404", text(robot, "#errorDetail"));
    }

    @Test
    void tenThousandFailuresAreAllInTheTableAndFilterable(FxRobot robot) {
        FetchResult r = show(robot, "ultravox", DemoFixtures.ULTRAVOX_MANY_FAILURES);
        long refused = r.snapshot().failures().stream().filter(f -> f.message().contains("Connection refused")).count();
        robot.clickOn("#failuresTab");
        TableView<?> table = robot.lookup("#failuresTable").queryTableView();
        assertEquals(10_000, table.getItems().size());

        robot.clickOn("#failureFilter").write("refused");

        assertEquals(refused, table.getItems().size());
        assertTrue(refused > 0 && refused < 10_000);
    }

    @Test
    void controlFFocusesTheSearchOfTheCurrentTab(FxRobot robot) {
        show(robot, "ultravox", DemoFixtures.ULTRAVOX_FAILING);
        robot.clickOn("#failuresTab");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertEquals("failureFilter", robot.targetWindow().getScene().getFocusOwner().getId());

        robot.clickOn("#overviewTab");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertEquals("rawSearch", robot.targetWindow().getScene().getFocusOwner().getId());
    }
}
