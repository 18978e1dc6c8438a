package dev.webhookinspector;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The longest single argument the app takes. Nothing it accepts (an ID, a name, a URL, a path, a note) comes
 * near it, so a longer one is a paste gone wrong: it is refused in one line and never repeated, since it may
 * hold a key. It also keeps far longer command lines away from jpackage's Windows and macOS launchers (see
 * README, Command line).
 */
public final class ArgumentLimit {
    public static final int MAX_LENGTH = 4096;

    private ArgumentLimit() {}

    /** Why {@code args} are refused, or empty when every one is short enough. */
    public static Optional<String> check(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            int length = args.get(i).length();
            if (length > MAX_LENGTH) {
                return Optional.of(String.format(Locale.ROOT, "Argument %d is %,d characters long; nothing this app takes is longer than"
                        + " %,d, so it was not used (nor repeated here, in case it holds a key). Check what was pasted.", i + 1, length, MAX_LENGTH));
            }
        }
        return Optional.empty();
    }
}
