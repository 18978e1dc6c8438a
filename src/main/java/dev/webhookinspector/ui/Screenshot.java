package dev.webhookinspector.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/** Renders the window into a PNG: a short pause for layout and CSS, a snapshot, and the write off the JavaFX thread. */
final class Screenshot {
    /** Long enough for a layout pass, deferred cell rendering and the last fade to finish. */
    private static final Duration SETTLE = Duration.millis(600);

    private Screenshot() {}

    static void capture(Scene scene, Path file, TaskRunner runner, Runnable onWritten, Consumer<String> onProblem) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(e -> {
            WritableImage image = scene.snapshot(null);
            var buffered = SwingFXUtils.fromFXImage(image, null);
            runner.run(() -> {
                Path target = file.toAbsolutePath();
                if (target.getParent() != null) Files.createDirectories(target.getParent());
                if (!ImageIO.write(buffered, "png", target.toFile())) throw new java.io.IOException("no PNG writer");
                return target;
            }, written -> onWritten.run(), error -> onProblem.accept("The screenshot could not be written to " + file + ": "
                    + error.getMessage() + ". Check the folder exists and is writable."));
        });
        pause.play();
    }
}
