package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.Secret;
import dev.webhookinspector.core.model.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Signing secrets, masked until the user reveals one; copying never reveals it on screen. */
public final class SecretsViewModel {
    /** One secret as shown: masked by default, revealed only while its toggle is on. */
    public static final class Row {
        private final Context ctx;
        private final int index;
        private final Secret secret;
        private final BooleanProperty revealed = new SimpleBooleanProperty(false);
        private final StringBinding shown;

        Row(Context ctx, int index, Secret secret) {
            this.ctx = ctx;
            this.index = index;
            this.secret = secret;
            this.shown = Bindings.createStringBinding(() -> revealed.get() ? secret.reveal() : secret.masked(), revealed);
        }

        public int index() { return index; }
        public String label() { return secret.label(); }
        public BooleanProperty revealedProperty() { return revealed; }
        public StringBinding shownProperty() { return shown; }

        public void toggleReveal() { revealed.set(!revealed.get()); }

        public void copy() { ctx.copy(secret.reveal(), "Secret \"" + secret.label() + "\" copied to the clipboard"); }
    }

    private final Context ctx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper reported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    SecretsViewModel(Context ctx) { this.ctx = ctx; }

    void show(Snapshot s) {
        ProviderInfo info = ProviderInfo.of(s.provider());
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < s.secrets().size(); i++) list.add(new Row(ctx, i, s.secrets().get(i)));
        rows.setAll(list);
        reported.set(info.reportsSecrets() || !list.isEmpty());
        if (!reported.get()) note.set(info.possessive() + " API does not return signing secrets for webhooks.");
        else if (list.isEmpty()) note.set("This webhook has no signing secret, so its deliveries cannot be verified.");
        else note.set(list.size() > 1
                ? list.size() + " secrets: deliveries are signed with each of them, so either can verify during a rotation."
                : "Use it to verify the signature of each delivery.");
    }

    void clear() {
        rows.clear();
        note.set("");
    }

    public ObservableList<Row> rows() { return FXCollections.unmodifiableObservableList(rows); }
    public ReadOnlyBooleanProperty reportedProperty() { return reported.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
}
