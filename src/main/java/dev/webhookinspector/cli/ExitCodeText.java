package dev.webhookinspector.cli;

import dev.webhookinspector.core.problem.ExitCode;
import java.util.Locale;

/** The exit-code table as help text, rendered from {@link ExitCode}. */
final class ExitCodeText {
    private ExitCodeText() {}

    static String table() {
        StringBuilder sb = new StringBuilder("Exit codes:\n");
        for (ExitCode c : ExitCode.values()) sb.append(String.format(Locale.ROOT, "  %3d  %s%n", c.code(), c.meaning()));
        return sb.toString();
    }
}
