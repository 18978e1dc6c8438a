package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.provider.ProviderDescriptor;
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
        /** "secret 1" from the provider, shown as "Secret 1". */
        public String label() {
            String l = secret.label() == null || secret.label().isBlank() ? "Secret " + (index + 1) : secret.label();
            return Character.toUpperCase(l.charAt(0)) + l.substring(1);
        }
        public BooleanProperty revealedProperty() { return revealed; }
        public StringBinding shownProperty() { return shown; }

        public void toggleReveal() { revealed.set(!revealed.get()); }

        public void copy() { ctx.copy(secret.reveal(), label() + " copied to the clipboard"); }
    }

    private final Context ctx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper reported = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    SecretsViewModel(Context ctx) { this.ctx = ctx; }

    void show(Snapshot s, ProviderDescriptor info) {
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < s.secrets().size(); i++) list.add(new Row(ctx, i, s.secrets().get(i)));
        rows.setAll(list);
        reported.set(info.reports().secrets() || !list.isEmpty());
        if (!reported.get()) note.set(info.possessive() + " API does not return signing secrets for webhooks.");
        else if (list.isEmpty()) note.set("This webhook has no signing secret, so its deliveries cannot be verified.");
        else note.set(note(s.secrets()));
    }

    /** Providers label credentials found in custom request headers "header NAME"; the rest sign deliveries. */
    private static String note(List<Secret> secrets) {
        long headers = secrets.stream().filter(x -> x.label() != null && x.label().startsWith("header ")).count();
        long signing = secrets.size() - headers;
        String sign = signing == 0 ? ""
                : signing == 1 ? "Use the signing secret to verify the signature of each delivery."
                : "Each delivery carries one signature per secret, so any of them verifies it during a rotation.";
        String head = headers == 0 ? ""
                : "Custom request headers that carry credentials are masked the same way.";
        return (sign + " " + head).strip();
    }

    void clear() {
        rows.clear();
        note.set("");
    }

    public ObservableList<Row> rows() { return rowsView; }
    public ReadOnlyBooleanProperty reportedProperty() { return reported.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
}
