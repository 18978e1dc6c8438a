package dev.webhookinspector.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where {@code --screenshot} may write, decided before the window opens: a path that cannot work
 * costs no window, no wait and no stack trace. Folders are never created and never replaced.
 */
final class ScreenshotTarget {
    private ScreenshotTarget() {}

    /** @throws IllegalArgumentException with one line that says what to fix */
    static Path check(String value) {
        if (!value.toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new IllegalArgumentException("--screenshot needs a file name ending in .png, such as window.png.");
        }
        Path file;
        try {
            file = Path.of(value);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("--screenshot " + value + " is not a file name this system accepts.");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("--screenshot " + value + " is a folder; name a PNG file inside it, such as "
                    + file.resolve("window.png") + ".");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--screenshot: " + folder + (Files.exists(folder) ? " is not a folder" : " does not exist")
                    + "; name a PNG file in an existing folder.");
        }
        boolean exists = Files.exists(file);
        if (exists ? !Files.isWritable(file) : !Files.isWritable(folder)) {
            throw new IllegalArgumentException("--screenshot: " + (exists ? file.toAbsolutePath() : "the folder " + folder)
                    + " is not writable; name a PNG file in a folder you can write to.");
        }
        return file;
    }
}
