package dev.webhookinspector.ui.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reads and writes {@code settings.json} next to the profiles file. Blocking: call it off the
 * JavaFX thread. A missing or unreadable file gives the defaults, so a damaged file never stops the app.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";

    /** In a holder: a first start has no settings file, and should not pay for building a mapper to find that out. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path file;
    private final java.util.concurrent.atomic.AtomicReference<Settings> latest = new java.util.concurrent.atomic.AtomicReference<>();

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store in the app's home folder (where the profiles file lives). */
    public static SettingsStore inHome(Path home) {
        return new SettingsStore(home.resolve(FILE_NAME));
    }

    public Path file() { return file; }

    public Settings load() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Settings s = Json.MAPPER.readValue(bytes, Settings.class);
            return s == null ? Settings.DEFAULTS : s;
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException | RuntimeException e) {
            return Settings.DEFAULTS;
        }
    }

    /**
     * Writes to a temporary file and moves it over the old one, so a crash never leaves half a file.
     * Saves may run on several threads: each writes the newest settings handed in, never an older one.
     */
    public void save(Settings settings) throws IOException {
        latest.set(settings);
        synchronized (this) {
            write(latest.get());
        }
    }

    private void write(Settings settings) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".settings", ".tmp");
        try {
            Files.write(tmp, Json.MAPPER.writeValueAsBytes(settings));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
