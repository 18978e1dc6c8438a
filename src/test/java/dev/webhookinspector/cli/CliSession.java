package dev.webhookinspector.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process against one configuration directory and keeps every output for later scans. */
final class CliSession {
    static final String PASSPHRASE = "vault passphrase for tests";

    final Path home;
    final Map<String, String> env = new HashMap<>();
    final List<String> outputs = new ArrayList<>();

    record Result(int code, String out, String err) {
        @Override public String toString() { return "exit " + code + "\n--- out\n" + out + "--- err\n" + err; }
    }

    CliSession(Path home) {
        this.home = home;
        env.put("WEBHOOK_INSPECTOR_HOME", home.toString());
        env.put("WEBHOOK_INSPECTOR_VAULT_PASSPHRASE", PASSPHRASE);
    }

    Result run(String... args) { return withInput("", args); }

    Result withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.copyOf(env));
        Result r = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        outputs.add(r.out());
        outputs.add(r.err());
        return r;
    }
}
