package dev.webhookinspector.cli;

import dev.webhookinspector.core.model.ApiKey;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads an API key from standard input: without echo on a terminal, else one line. Never from an argument. */
final class KeyInput {
    private static final int MAX_LINE = 16 * 1024;

    private KeyInput() {}

    /** Refuses arguments that look like a key was given on the command line, without repeating the value. */
    static void refuseKeyArguments(List<String> args) throws UsageException {
        for (String a : args) {
            String lower = a.toLowerCase(Locale.ROOT);
            if (lower.startsWith("--key=") || lower.startsWith("--api-key")) {
                throw new UsageException("API keys are never taken as arguments (they would stay in your shell history and process list);"
                        + " pipe the key into standard input instead, e.g. printf '%s' \"$KEY\" | webhook-inspector profile ...");
            }
        }
    }

    static ApiKey read(CliContext ctx, String prompt) throws UsageException {
        Console console = System.console();
        if (ctx.in() == System.in && console != null && console.isTerminal()) {
            char[] typed = console.readPassword("%s (input hidden): ", prompt);
            if (typed == null) throw noKey();
            try {
                String key = new String(typed).strip();
                if (key.isEmpty()) throw noKey();
                return checked(key);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
        String line = firstLine(ctx.in());
        if (line.isBlank()) throw noKey();
        return checked(line);
    }

    /** Refused here, before it is stored, rather than when a request carrying it fails. */
    private static ApiKey checked(String key) throws UsageException {
        var problem = ApiKey.problem(key);
        if (problem.isPresent()) throw new UsageException(problem.get());
        return new ApiKey(key);
    }

    /** Byte by byte, so nothing after the key's line is consumed. */
    private static String firstLine(InputStream in) throws UsageException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            for (int b; (b = in.read()) != -1 && b != '\n'; ) {
                buffer.write(b);
                if (buffer.size() > MAX_LINE) throw new UsageException("The key on standard input is longer than " + MAX_LINE + " bytes; pipe in only the key.");
            }
        } catch (IOException e) {
            throw new UsageException("Could not read the key from standard input (" + e.getClass().getSimpleName() + ").");
        }
        byte[] bytes = buffer.toByteArray();
        try {
            return new String(bytes, StandardCharsets.UTF_8).strip();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static UsageException noKey() {
        return new UsageException("No API key on standard input. Pipe it in, e.g. printf '%s' \"$KEY\" | webhook-inspector profile add ...,"
                + " or type it when asked; it is never taken as an argument.");
    }
}
