package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.FetchResult;
import dev.webhookinspector.core.delivery.DeliveryPlan;
import dev.webhookinspector.core.delivery.DeliveryResult;
import dev.webhookinspector.core.delivery.TestDeliveries;
import dev.webhookinspector.core.http.SafeHttp;
import dev.webhookinspector.core.model.Snapshot;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.signing.RawRequest;
import dev.webhookinspector.core.signing.Verification;
import dev.webhookinspector.core.signing.Verifier;
import dev.webhookinspector.ui.TaskRunner;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The delivery lab for the shown webhook: send a signed test delivery to its endpoint (or another address), and
 * check a delivery a receiver logged. The provider's signing scheme and wording come from core; sending runs on
 * the task runner, verifying is a few HMACs and runs at once.
 */
public final class LabViewModel {
    private final Clock clock;
    private TaskRunner runner;
    private Function<Snapshot, Optional<URI>> suggestedReceiver = s -> Optional.empty();
    private Snapshot webhook;
    private Provider provider;
    private TaskRunner.Job job;

    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final StringProperty event = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty pasted = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper signingNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper providerName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper signs = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DeliveryResult> delivery = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper deliveryProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Verification> verification = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper verifyProblem = new ReadOnlyStringWrapper("");

    LabViewModel(Clock clock) { this.clock = clock; }

    /** What sends run on, and where the demo's receiver is; without a runner, Send says the lab is not available. */
    public void setServices(TaskRunner runner, Function<Snapshot, Optional<URI>> suggestedReceiver) {
        this.runner = runner;
        this.suggestedReceiver = suggestedReceiver;
    }

    void show(FetchResult fetched) {
        cancel();
        webhook = fetched.snapshot();
        provider = Providers.byId(webhook.provider()).orElseThrow();
        events.setAll(webhook.events());
        event.set(webhook.events().isEmpty() ? "" : webhook.events().getFirst());
        to.set(suggestedReceiver.apply(webhook).map(URI::toString).orElse(webhook.url() == null ? "" : webhook.url()));
        signs.set(provider.signing().signs());
        providerName.set(provider.displayName());
        signingNote.set(provider.signing().describe());
        delivery.set(null);
        deliveryProblem.set("");
        verification.set(null);
        verifyProblem.set("");
    }

    void clear() {
        cancel();
        webhook = null;
        events.clear();
        delivery.set(null);
        verification.set(null);
    }

    /** The plan for the fields as they are, or empty with {@link #deliveryProblemProperty()} saying why. */
    public Optional<DeliveryPlan> plan() {
        if (webhook == null) return Optional.empty();
        try {
            URI target = new URI(to.get() == null ? "" : to.get().strip());
            return Optional.of(TestDeliveries.plan(provider, webhook, event.get(), target, clock.instant()));
        } catch (URISyntaxException e) {
            deliveryProblem.set("\"" + to.get() + "\" is not a valid address: " + e.getReason() + ".");
        } catch (IllegalArgumentException e) {
            deliveryProblem.set(e.getMessage());
        }
        return Optional.empty();
    }

    /** Sends the plan; the view has asked for confirmation first when {@link DeliveryPlan#needsConfirmation()}. */
    public void send(DeliveryPlan plan) {
        if (runner == null || sending.get()) return;
        Snapshot shown = webhook;
        deliveryProblem.set("");
        delivery.set(null);
        sending.set(true);
        job = runner.run(() -> TestDeliveries.send(new SafeHttp(), plan, shown), result -> {
            sending.set(false);
            delivery.set(result);
        }, error -> {
            sending.set(false);
            deliveryProblem.set(error instanceof IllegalArgumentException ? error.getMessage()
                    : "The test delivery could not be sent (" + error.getClass().getSimpleName() + ").");
        });
    }

    public void cancel() {
        if (job != null) job.cancel();
        job = null;
        sending.set(false);
    }

    /** Checks the pasted request (headers, a blank line, the body) against the webhook's signing secrets. */
    public void verify() {
        verification.set(null);
        verifyProblem.set("");
        if (webhook == null) return;
        String text = pasted.get() == null ? "" : pasted.get();
        RawRequest.Result parsed = RawRequest.parse(text.getBytes(StandardCharsets.UTF_8));
        if (parsed.request().isEmpty()) {
            verifyProblem.set("Paste the request as the receiver logged it: its headers, a blank line, then the body ("
                    + parsed.problem() + ").");
            return;
        }
        var secrets = provider.signingSecrets(webhook);
        if (secrets.isEmpty()) {
            verifyProblem.set(provider.signing().signs() ? "This webhook has no signing secret to check with." : provider.signing().describe());
            return;
        }
        RawRequest r = parsed.request().get();
        verification.set(Verifier.verify(provider.signing(), r.body(), r.headers(), secrets, clock.instant()));
    }

    public ObservableList<String> events() { return events; }
    public StringProperty eventProperty() { return event; }
    public StringProperty toProperty() { return to; }
    public StringProperty pastedProperty() { return pasted; }
    public ReadOnlyStringProperty signingNoteProperty() { return signingNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty providerNameProperty() { return providerName.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty signsProperty() { return signs.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty sendingProperty() { return sending.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DeliveryResult> deliveryProperty() { return delivery.getReadOnlyProperty(); }
    public ReadOnlyStringProperty deliveryProblemProperty() { return deliveryProblem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Verification> verificationProperty() { return verification.getReadOnlyProperty(); }
    public ReadOnlyStringProperty verifyProblemProperty() { return verifyProblem.getReadOnlyProperty(); }
}
