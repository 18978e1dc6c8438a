package dev.webhookinspector.ui.profiles;

import atlantafx.base.controls.PasswordTextField;
import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.profile.PassphrasePrompt;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.Overlays;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Asks for the vault passphrase in the window. The profile layer calls it on a worker thread, which
 * waits while the dialog is open; the passphrase variable, when set, is used without asking.
 */
public final class PassphraseDialog implements PassphrasePrompt {
    private final Map<String, String> env;
    private volatile Overlays overlays;

    public PassphraseDialog(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The window's layers, once it exists. */
    public void attach(Overlays overlays) {
        this.overlays = overlays;
    }

    @Override public char[] passphrase(Path vault, boolean creating) throws ProfileException {
        if (env.containsKey(VARIABLE)) return PassphrasePrompt.fromEnvironmentOrConsole(env).passphrase(vault, creating);
        Overlays layers = overlays;
        if (layers == null || Platform.isFxApplicationThread()) {
            throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, "The vault needs its passphrase; set " + VARIABLE + " and start again.");
        }
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> show(layers, vault, creating, answer));
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            Platform.runLater(layers::closeDialog);
            throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, "Cancelled; the vault stays locked and nothing was changed.");
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            throw new ProfileException(ProfileException.Kind.WRONG_PASSPHRASE, "No passphrase was entered; the vault stays locked and nothing was changed.");
        }
    }

    private static void show(Overlays layers, Path vault, boolean creating, CompletableFuture<char[]> answer) {
        if (answer.isDone()) return;
        Label title = new Label(creating ? "Create the vault" : "Unlock the vault");
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label(creating
                ? "Choose a passphrase for the new encrypted vault at " + vault + ". You will need it to read keys kept there."
                : "Enter the passphrase of the encrypted vault at " + vault + ". It is kept in memory until the app closes.");
        text.setWrapText(true);
        PasswordTextField first = new PasswordTextField();
        first.setId("vaultPassphraseField");
        first.setPromptText("Passphrase");
        first.setAccessibleText("Vault passphrase");
        PasswordTextField second = new PasswordTextField();
        second.setId("vaultPassphraseRepeatField");
        second.setPromptText("Repeat the passphrase");
        second.setAccessibleText("Repeat the vault passphrase");
        second.setVisible(creating);
        second.setManaged(creating);
        Label problem = new Label();
        problem.setId("passphraseProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("cancelPassphraseButton");
        cancel.setOnAction(e -> layers.closeDialog());
        Button ok = new Button(creating ? "Create" : "Unlock", Icons.glyph(Feather.UNLOCK));
        ok.setId("unlockVaultButton");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            char[] pass = first.getPassword().toCharArray();
            if (pass.length == 0) {
                problem.setText("Enter the passphrase.");
                return;
            }
            // The same rule the vault applies, said here so the dialog stays open for another try.
            if (creating && PassphrasePrompt.isBlank(pass)) {
                Arrays.fill(pass, '\0');
                problem.setText("The passphrase is only spaces; choose one of at least " + MIN_LENGTH + " characters that are not all spaces.");
                return;
            }
            if (creating && pass.length < MIN_LENGTH) {
                Arrays.fill(pass, '\0');
                problem.setText("The passphrase is too short; use at least " + MIN_LENGTH + " characters.");
                return;
            }
            if (creating && !first.getPassword().equals(second.getPassword())) {
                Arrays.fill(pass, '\0');
                problem.setText("The two passphrases differ; type them again.");
                return;
            }
            answer.complete(pass);
            first.setText("");
            second.setText("");
            layers.closeDialog();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(10, gap, cancel, ok);
        footer.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(14, title, text, first, second, problem, footer);
        box.setId("passphraseDialog");
        box.getStyleClass().add("dialog-card");
        box.setPrefWidth(480);
        box.setMaxWidth(480);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        layers.showDialog(box, () -> answer.cancel(false));
        Platform.runLater(first::requestFocus);
    }
}
