package dev.webhookinspector.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Renders the window into a PNG: a short pause for layout and CSS, a snapshot, and the write off the JavaFX thread. */
final class Screenshot {
    /** Long enough for a layout pass, deferred cell rendering and the last fade to finish. */
    private static final Duration SETTLE = Duration.millis(600);

    private Screenshot() {}

    static void capture(Scene scene, Path file, TaskRunner runner, Runnable onWritten, Consumer<String> onProblem) {
        PauseTransition pause = new PauseTransition(SETTLE);
        pause.setOnFinished(e -> {
            WritableImage image = scene.snapshot(null);
            BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
            runner.run(() -> {
                write(buffered, file);
                return file;
            }, written -> onWritten.run(), error -> onProblem.accept("The screenshot could not be written to " + file
                    + " (" + reason(error) + "). Name a PNG file in a folder you can write to."));
        });
        pause.play();
    }

    /**
     * Through NIO rather than {@code ImageIO.write(image, "png", File)}: that one deletes whatever is at the
     * path first (an empty folder too) and prints a stack trace when it cannot open the file.
     */
    static void write(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", png)) throw new IOException("this Java runtime has no PNG writer");
        }
    }

    /** The system's reason in a few words, without the path the message already names. */
    static String reason(Exception error) {
        return switch (error) {
            case NoSuchFileException e -> "no file can be created there";
            case AccessDeniedException e -> "permission denied";
            case FileSystemException e when e.getReason() != null -> e.getReason();
            default -> error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        };
    }
}
