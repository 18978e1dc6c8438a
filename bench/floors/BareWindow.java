import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for the window cases: one Label in a 1280x800 Stage, no theme, no app code. It exits once
 * its first pulse (CSS, layout, the frame handed to the renderer) is over, as the app's --smoke-test
 * exits once its window has settled.
 */
public final class BareWindow extends Application {
    @Override public void start(Stage stage) {
        Scene scene = new Scene(new Label("Webhook Inspector"), 1280, 800);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Runs after the pulse that laid out and rendered the first frame.
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setTitle("Bare window");
        stage.setScene(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }
}
