package dev.webhookinspector.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.ReceiverFault;
import dev.webhookinspector.ui.InlineTaskRunner;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The delivery lab tab as a user sees it: a test delivery to the simulator's receiver, and a pasted delivery checked. */
@ExtendWith(ApplicationExtension.class)
class LabViewTest {
    private static SandboxFetch sandbox;
    private InspectorViewModel vm;

    @BeforeAll static void startSandbox() { sandbox = new SandboxFetch(); }

    @AfterAll static void stopSandbox() { sandbox.close(); }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new InspectorViewModel();
        vm.lab().setServices(new InlineTaskRunner(), w -> Optional.of(sandbox.sandbox().receiverUrl(w.provider().value(), w.id())));
        stage.setScene(new Scene((Parent) new InspectorView(vm).root(), 1280, 800));
        stage.show();
    }

    private FetchResult show(FxRobot robot, String provider, String id) {
        FetchResult r = sandbox.fetch(provider, id);
        robot.interact(() -> vm.show(r));
        robot.clickOn("#labTab");
        return r;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void aTestDeliveryToTheDemoReceiverIsDeliveredAndShowsWhatWasSent(FxRobot robot) {
        sandbox.sandbox().receiverFault(ReceiverFault.NONE);
        show(robot, "ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        robot.clickOn("#labSend");
        assertEquals("Delivered: HTTP 200", text(robot, "#labOutcome"));
        assertTrue(text(robot, "#labDetails").contains("Signed with secret 1, secret 2."), text(robot, "#labDetails"));
        String sent = robot.lookup("#labResponse").queryAs(TextArea.class).getText();
        assertTrue(sent.contains("X-Ultravox-Webhook-Signature: "));
        assertFalse(sent.contains(sandbox.sandbox().demoKey("ultravox")), "the API key is never part of a delivery");
    }

    @Test
    void anotherHostIsSentToOnlyAfterConfirming(FxRobot robot) {
        show(robot, "featurebase", DemoFixtures.FEATUREBASE_HEALTHY);
        robot.interact(() -> vm.lab().toProperty().set("https://hooks.example.com/featurebase"));
        robot.clickOn("#labSend");
        Node confirm = robot.lookup("#labConfirmText").query().getParent();
        assertTrue(confirm.isVisible());
        assertTrue(text(robot, "#labConfirmText").contains("hooks.example.com, which is not this computer"));
        robot.clickOn("#labCancelSend");
        assertFalse(confirm.isVisible());
        assertTrue(sandbox.sandbox().requests().stream().noneMatch(q -> q.path().startsWith("/receiver/featurebase")),
                "nothing sent without confirming");
    }

    @Test
    void aPastedDeliveryVerifiesAndAReformattedOneNamesTheMistake(FxRobot robot) {
        FetchResult r = show(robot, "ultravox", DemoFixtures.ULTRAVOX_HEALTHY);
        robot.interact(() -> robot.lookup("#labPaste").queryAs(TextInputControl.class).setText(InspectorGallery.loggedDelivery(r, false)));
        robot.clickOn("#labVerify");
        assertEquals("Verified: it matches secret 1", text(robot, "#labVerdict"));

        robot.interact(() -> robot.lookup("#labPaste").queryAs(TextInputControl.class).setText(InspectorGallery.loggedDelivery(r, true)));
        robot.clickOn("#labVerify");
        assertEquals("Not verified", text(robot, "#labVerdict"));
        assertTrue(robot.lookup("#labVerifyLines .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().startsWith("The body was re-serialised")));
    }
}
