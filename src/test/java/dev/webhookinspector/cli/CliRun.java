package dev.webhookinspector.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process and captures what a user would see. */
public record CliRun(int exitCode, String out, String err) {
    public static CliRun run(Map<String, String> env, String... args) {
        return runWithInput(env, "", args);
    }

    public static CliRun runWithInput(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), new HashMap<>(env));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An error is one line, names no Java internals and never carries a stack trace. */
    public void assertCleanError() {
        String e = err.strip();
        if (e.isEmpty() || e.contains("\n") || e.contains("Exception") || e.contains("\tat ")) {
            throw new AssertionError("expected one clean error line, got:\n" + err);
        }
    }
}
