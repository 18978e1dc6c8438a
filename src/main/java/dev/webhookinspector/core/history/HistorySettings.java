package dev.webhookinspector.core.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code history.json} next to the database: the profiles whose fetches are not recorded, and the retention limits.
 * A small hand-editable file rather than a profile field, so turning history off touches no profile nor key.
 * <pre>{"off": ["work"], "maxAge": "90d", "maxSize": "200MB"}</pre>
 * A missing file means the defaults: history on, 90 days, 200 MB. An unreadable one records nothing (it may list a
 * profile whose history was switched off) and says so in {@link #problem}.
 */
public record HistorySettings(Set<String> off, Retention retention, java.util.Optional<String> problem) {
    public static final String FILE_NAME = "history.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public HistorySettings {
        off = Set.copyOf(off);
    }

    public HistorySettings(Set<String> off, Retention retention) {
        this(off, retention, java.util.Optional.empty());
    }

    public boolean enabled(String profile) {
        return problem.isEmpty() && !off.contains(profile);
    }

    public static HistorySettings read(Path dir) {
        try {
            JsonNode root = JSON.readTree(Files.readString(dir.resolve(FILE_NAME)));
            Set<String> off = new TreeSet<>();
            root.path("off").forEach(n -> off.add(n.asText()));
            Duration age = Retention.parseSpan(root.path("maxAge").asText("")).orElse(Retention.DEFAULT.maxAge());
            long size = Retention.parseSize(root.path("maxSize").asText("")).orElse(Retention.DEFAULT.maxBytes());
            return new HistorySettings(off, new Retention(age, size));
        } catch (NoSuchFileException e) {
            return new HistorySettings(Set.of(), Retention.DEFAULT);
        } catch (IOException | RuntimeException e) {
            return new HistorySettings(Set.of(), Retention.DEFAULT, java.util.Optional.of(dir.resolve(FILE_NAME)
                    + " is unreadable, so nothing is recorded until it is fixed or deleted"));
        }
    }

    /** Switches recording for one profile, keeping whatever else the file says. */
    public static void setEnabled(Path dir, String profile, boolean on) throws HistoryException {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            ObjectNode root = Files.exists(file) && JSON.readTree(file.toFile()) instanceof ObjectNode o ? o : JSON.createObjectNode();
            Set<String> off = new TreeSet<>();
            root.path("off").forEach(n -> off.add(n.asText()));
            if (on) off.remove(profile); else off.add(profile);
            root.putArray("off").addAll(off.stream().map(JSON.getNodeFactory()::textNode).toList());
            Path temp = Files.createTempFile(dir, ".history.json.", ".tmp");
            Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new HistoryException("could not save " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
