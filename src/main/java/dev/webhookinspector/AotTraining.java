package dev.webhookinspector;

import dev.webhookinspector.cli.Cli;
import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The AOT caches' training runs ({@link AotCache}): what a cache holds is what its run loads. {@code window}: the
 * window's start with one saved profile. {@code commands}: the command line's common paths (get as text and JSON against the built-in
 * simulator on loopback, profile list, --version, --help). Output goes nowhere; the home is the empty one AotCache
 * gives.
 */
public final class AotTraining {
    private AotTraining() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        if (args.length == 1 && args[0].equals("window")) {
            // A saved profile, as most starts have: reading profiles.json and settings.json is Jackson's part of a start.
            try (PrintStream sink = new PrintStream(OutputStream.nullOutputStream())) {
                // On a loopback port nothing listens on: a training run never reaches a provider, whatever the environment holds.
                Cli.run(new String[] {"profile", "add", "training", "--provider", "ultravox", "--base-url", "http://127.0.0.1:9",
                                "--store", "env:WEBHOOK_INSPECTOR_API_KEY"},
                        new ByteArrayInputStream(new byte[0]), sink, sink, env);
            }
            Main.main(new String[] {"--smoke-test"});
            return;
        }
        try (Sandbox sandbox = Sandbox.start(0); PrintStream sink = new PrintStream(OutputStream.nullOutputStream())) {
            env.put("WEBHOOK_INSPECTOR_API_KEY", sandbox.demoKey("ultravox"));
            String base = sandbox.baseUrl("ultravox").toString();
            for (List<String> run : List.of(
                    List.of("get", DemoFixtures.ULTRAVOX_FAILING, "--provider", "ultravox", "--base-url", base),
                    List.of("get", DemoFixtures.ULTRAVOX_HEALTHY, "--provider", "ultravox", "--base-url", base, "--format", "json"),
                    List.of("profile", "list"), List.of("--version"), List.of("--help"))) {
                Cli.run(run.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), sink, sink, env);
            }
        }
    }
}
