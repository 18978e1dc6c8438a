package dev.webhookinspector.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command may touch: its streams and the environment, so tests can run commands in-process. */
public record CliContext(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    public static final String API_KEY_VARIABLE = "WEBHOOK_INSPECTOR_API_KEY";
}
