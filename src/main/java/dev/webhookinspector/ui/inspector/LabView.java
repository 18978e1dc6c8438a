package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.delivery.DeliveryPlan;
import dev.webhookinspector.core.delivery.DeliveryResult;
import dev.webhookinspector.core.http.Header;
import dev.webhookinspector.core.signing.Mistake;
import dev.webhookinspector.core.signing.Verification;
import dev.webhookinspector.core.text.Formats;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The delivery lab tab: a signed test delivery to the webhook's endpoint, and a check of a delivery a receiver logged. */
final class LabView {
    private final LabViewModel vm;
    private final ScrollPane root;
    private final HBox confirm = new HBox(10);
    private final Label confirmText = new Label();
    private DeliveryPlan pending;

    LabView(LabViewModel vm) {
        this.vm = vm;
        VBox page = new VBox(16, sendCard(), verifyCard());
        page.getStyleClass().add("tab-body");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("inspector-scroll");
        root.setId("labPage");
    }

    private Node sendCard() {
        Label note = Ui.label("section-note", vm.signingNoteProperty());
        note.setWrapText(true);
        ComboBox<String> event = new ComboBox<>(vm.events());
        event.setId("labEvent");
        event.setEditable(true);
        event.valueProperty().bindBidirectional(vm.eventProperty());
        event.setAccessibleText("Event to send");
        TextField to = new TextField();
        to.setId("labTo");
        to.getStyleClass().add("mono");
        to.textProperty().bindBidirectional(vm.toProperty());
        to.setAccessibleText("Send to this address");
        HBox.setHgrow(to, Priority.ALWAYS);
        Button send = Ui.textButton("labSend", "Send test delivery", Feather.SEND, this::send);
        send.disableProperty().bind(vm.sendingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        Ui.showIf(busy, vm.sendingProperty());
        HBox line = new HBox(10, new Label("Event"), event, new Label("To"), to, send, busy);
        line.setAlignment(Pos.CENTER_LEFT);

        confirmText.setWrapText(true);
        confirmText.setId("labConfirmText");
        HBox.setHgrow(confirmText, Priority.ALWAYS);
        Button yes = Ui.textButton("labConfirmSend", "Send", Feather.CHECK, () -> {
            confirm.setVisible(false);
            confirm.setManaged(false);
            if (pending != null) vm.send(pending);
        });
        Button no = Ui.textButton("labCancelSend", "Cancel", Feather.X, () -> {
            confirm.setVisible(false);
            confirm.setManaged(false);
        });
        confirm.getChildren().setAll(Ui.icon(Feather.ALERT_TRIANGLE), confirmText, yes, no);
        confirm.setAlignment(Pos.CENTER_LEFT);
        confirm.getStyleClass().add("lab-confirm");
        confirm.setVisible(false);
        confirm.setManaged(false);

        Label problem = Ui.label("lab-problem", vm.deliveryProblemProperty());
        problem.setId("labDeliveryProblem");
        problem.setWrapText(true);
        Ui.showIf(problem, vm.deliveryProblemProperty().isNotEmpty());

        Label outcome = new Label();
        outcome.setId("labOutcome");
        Label details = Ui.label("section-note", "");
        details.setId("labDetails");
        details.setWrapText(true);
        TextArea answer = new TextArea();
        answer.setId("labResponse");
        answer.setEditable(false);
        answer.getStyleClass().add("mono");
        answer.setPrefRowCount(10);
        answer.setWrapText(true);
        VBox result = new VBox(8, outcome, details, answer);
        result.visibleProperty().bind(vm.deliveryProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        vm.deliveryProperty().addListener((o, a, r) -> {
            if (r == null) return;
            boolean ok = r.outcome() == DeliveryResult.Outcome.DELIVERED;
            outcome.setText(r.outcome().title() + (r.status() > 0 ? ": HTTP " + r.status() : ""));
            outcome.setGraphic(Ui.icon(ok ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE));
            outcome.getStyleClass().setAll("label", "health-badge", ok ? "badge-healthy" : "badge-failing");
            StringBuilder d = new StringBuilder();
            r.total().ifPresent(t -> d.append("In ").append(Formats.duration(t)));
            r.firstByte().ifPresent(t -> d.append(", first byte after ").append(Formats.duration(t)));
            if (!d.isEmpty()) d.append(". ");
            d.append(r.plan().signedWith().isEmpty() ? "Sent unsigned. " : "Signed with " + String.join(", ", r.plan().signedWith()) + ". ");
            r.problem().ifPresent(p -> d.append(p).append(' '));
            r.redirect().ifPresent(l -> d.append("Redirect to ").append(l).append(" not followed, as providers do not follow redirects. "));
            r.comparison().ifPresent(c -> d.append(c).append(' '));
            if (!r.certificate().isBlank()) d.append("Certificate: ").append(r.certificate()).append('.');
            details.setText(d.toString().strip());
            answer.setText(answerText(r));
        });
        return Ui.card("Send a test delivery", Feather.SEND, note, line, confirm, problem, result);
    }

    private static String answerText(DeliveryResult r) {
        StringBuilder sb = new StringBuilder("Sent\n");
        sb.append("POST ").append(r.plan().to()).append('\n');
        for (Header h : r.plan().headers()) sb.append(h.name()).append(": ").append(h.shownValue()).append('\n');
        sb.append('\n').append(new String(r.plan().body(), java.nio.charset.StandardCharsets.UTF_8)).append("\n\n");
        if (r.status() > 0) {
            sb.append("Answer\n").append(r.status()).append('\n');
            for (Header h : r.responseHeaders()) sb.append(h.name()).append(": ").append(h.value()).append('\n');
            sb.append('\n').append(r.body()).append(r.bodyCut() ? " … (cut)" : "");
        }
        return sb.toString();
    }

    private void send() {
        Optional<DeliveryPlan> plan = vm.plan();
        if (plan.isEmpty()) return;
        if (plan.get().needsConfirmation()) {
            pending = plan.get();
            confirmText.setText("This sends a signed test delivery to " + plan.get().to().getHost()
                    + ", which is not this computer. It carries the webhook's signature, never your API key.");
            confirm.setVisible(true);
            confirm.setManaged(true);
            return;
        }
        vm.send(plan.get());
    }

    private Node verifyCard() {
        Label note = Ui.label("section-note", javafx.beans.binding.Bindings.when(vm.signsProperty())
                .then("Paste a delivery as your receiver logged it: its headers, a blank line, then the body.")
                .otherwise(vm.signingNoteProperty()));
        note.setWrapText(true);
        TextArea paste = new TextArea();
        paste.setId("labPaste");
        paste.getStyleClass().add("mono");
        paste.setPrefRowCount(8);
        paste.setWrapText(true);
        paste.setPromptText("X-Webhook-Timestamp: 1763633702\nX-Webhook-Signature: c9a5…\n\n{\"id\":\"notif_…\",…}");
        paste.textProperty().bindBidirectional(vm.pastedProperty());
        paste.setAccessibleText("The delivery to check");
        Button verify = Ui.textButton("labVerify", "Verify", Feather.SHIELD, vm::verify);
        verify.disableProperty().bind(vm.signsProperty().not());
        Label problem = Ui.label("lab-problem", vm.verifyProblemProperty());
        problem.setId("labVerifyProblem");
        problem.setWrapText(true);
        Ui.showIf(problem, vm.verifyProblemProperty().isNotEmpty());
        Label verdict = new Label();
        verdict.setId("labVerdict");
        VBox lines = new VBox(6);
        lines.setId("labVerifyLines");
        VBox result = new VBox(8, verdict, lines);
        result.visibleProperty().bind(vm.verificationProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        vm.verificationProperty().addListener((o, a, v) -> {
            if (v == null) return;
            verdict.setText(v.verified() ? "Verified: it matches " + v.matchedSecret().orElse("a secret")
                    : v.matchedSecret().map(s -> "Not verified: it matches " + s + ", but a receiver would reject it").orElse("Not verified"));
            verdict.setGraphic(Ui.icon(v.verified() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE));
            verdict.getStyleClass().setAll("label", "health-badge", v.verified() ? "badge-healthy" : "badge-failing");
            lines.getChildren().clear();
            v.timestampSentence(vm.providerNameProperty().get()).ifPresent(t -> lines.getChildren().add(wrapped(t)));
            v.note().ifPresent(n -> lines.getChildren().add(wrapped(n)));
            for (Mistake m : v.mistakes()) {
                Label l = wrapped(m.sentence());
                l.setGraphic(Ui.icon(Feather.ALERT_CIRCLE));
                lines.getChildren().add(l);
            }
        });
        return Ui.card("Verify a delivery", Feather.SHIELD, note, paste, verify, problem, result);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }


    Node root() { return root; }
}
