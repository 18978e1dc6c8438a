package dev.webhookinspector.core.profile;

import dev.webhookinspector.core.model.ProviderId;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A second app instance for the crash and concurrency tests: adds profiles PREFIX-0, PREFIX-1, …
 * (forever, or COUNT of them) and prints "saved N" after each save has completed.
 */
public final class ProfileSaverChild {
    private ProfileSaverChild() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        try (FileProfileService service = new FileProfileService(dir, Map.of(), (v, c) -> {
            throw new ProfileException("no vault in this test");
        }, "webhook-inspector-test")) {
            for (int n = 0; n < count; n++) {
                service.add(new Profile(prefix + "-" + n, new ProviderId("ultravox"), null, Map.of(), "saved by a child process " + "x".repeat(200),
                        KeyRef.env("ULTRAVOX_KEY")), Optional.empty());
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
