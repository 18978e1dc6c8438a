package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.text.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files profiles live in (profiles.json, its backup, the vault, export files), which are all small.
 * A file of another type or size is refused before a byte is read: /dev/zero or a 3 GB file would otherwise be
 * read until memory runs out, and opening a FIFO waits for a writer that may never come.
 */
final class BoundedFiles {
    static final long MAX_SIZE = 16L * 1024 * 1024;

    private BoundedFiles() {}

    /** A file refused without reading it; the message is one sentence for the user. */
    static final class Refused extends IOException {
        Refused(String message) { super(message); }
    }

    /**
     * @param what how the message names the file: "The profiles file", "The vault", "The file"
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws Refused when it is not a regular file or is larger than {@link #MAX_SIZE}
     */
    static byte[] read(Path file, String what) throws IOException {
        // Follows links, so a link to /dev/zero counts as /dev/zero.
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            String kind = attributes.isDirectory() ? "a folder" : "a device, pipe or socket";
            throw new Refused(what + " " + file + " is " + kind + ", not a regular file, so it was not read.");
        }
        if (attributes.size() > MAX_SIZE) throw tooLarge(file, what, Formats.size(attributes.size()));
        try (InputStream in = Files.newInputStream(file)) {
            // Bounded even if the file grows after the check.
            byte[] content = in.readNBytes((int) MAX_SIZE + 1);
            if (content.length > MAX_SIZE) throw tooLarge(file, what, "more than " + Formats.size(MAX_SIZE));
            return content;
        }
    }

    private static Refused tooLarge(Path file, String what, String size) {
        return new Refused(what + " " + file + " is " + size + "; files above " + Formats.size(MAX_SIZE)
                + " are not read, as no profile or vault file is that large.");
    }
}
