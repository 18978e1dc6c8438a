package dev.webhookinspector.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Starts the JavaFX window. Kept apart from Main so the command line never loads JavaFX. */
public final class WindowLauncher {
    private WindowLauncher() {}

    public static void launch(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override public void start(Stage stage) {
            stage.setTitle("Webhook Inspector");
            stage.setScene(new Scene(new Label("Webhook Inspector"), 1280, 800));
            stage.show();
            if (getParameters().getRaw().contains("--smoke-test")) {
                Platform.runLater(Platform::exit);
            }
        }
    }
}
