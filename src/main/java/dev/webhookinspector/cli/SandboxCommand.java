package dev.webhookinspector.cli;

import dev.webhookinspector.sandbox.DemoFixtures;
import dev.webhookinspector.sandbox.Sandbox;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.text.SafeText;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code webhook-inspector sandbox}: runs the built-in simulator in the foreground until Ctrl+C. */
final class SandboxCommand implements Command {
    static final int DEFAULT_PORT = 8765;

    @Override public String name() { return "sandbox"; }

    @Override public String summary() { return "run simulated Ultravox, v0 and Featurebase APIs on this computer"; }

    @Override public String usage() {
        return """
                Usage: webhook-inspector sandbox [--port N]

                Starts simulated Ultravox, v0 and Featurebase APIs on 127.0.0.1 with demo webhooks and
                IDs that always fail in one way (404, 429, HTML 5xx, broken JSON, slow, oversized, redirect).
                Prints each API's base URL, its demo key, the key of an account with %d webhooks (for
                lists that span pages) and the webhook IDs, then runs until Ctrl+C.
                Nothing leaves this computer.

                Options:
                  --port N   port to listen on (default %d; 0 picks any free port)
                """.formatted(DemoFixtures.BULK_WEBHOOKS, DEFAULT_PORT);
    }

    @Override
    public int run(List<String> args, CliContext ctx) throws UsageException {
        Args parsed = Args.parse(args, Set.of("port"), Set.of());
        parsed.noMorePositionalsThan(0);
        int port = parsePort(parsed.value("port").orElse(Integer.toString(DEFAULT_PORT)));
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(port);
        } catch (BindException e) {
            ctx.err().println("webhook-inspector sandbox: port " + port + " on 127.0.0.1 is already in use."
                    + " Stop what uses it, or pick another port with --port N (--port 0 picks any free port).");
            return ExitCode.LOCAL.code();
        } catch (IOException e) {
            ctx.err().println("webhook-inspector sandbox: could not start on 127.0.0.1:" + port + " (" + e.getMessage() + ").");
            return ExitCode.LOCAL.code();
        }
        printBanner(sandbox, ctx.out());
        ctx.out().flush();
        return runUntilStopped(sandbox, ctx.out());
    }

    private static int parsePort(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) return port;
        } catch (NumberFormatException e) {
            // Falls through to the same message as an out-of-range number.
        }
        throw new UsageException("--port must be a number from 0 to 65535 (0 picks any free port), not \"" + value + "\".");
    }

    /** Ctrl+C runs the shutdown hook; an interrupt (an in-process caller stopping us) ends it too. */
    private static int runUntilStopped(Sandbox sandbox, PrintStream out) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            sandbox.close();
            out.println("Sandbox stopped.");
            out.flush();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
            return ExitCode.OK.code();
        } catch (InterruptedException e) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already exiting; the hook closes the sandbox.
            }
            sandbox.close();
            out.println("Sandbox stopped.");
            Thread.currentThread().interrupt();
            return ExitCode.OK.code();
        }
    }

    static void printBanner(Sandbox sandbox, PrintStream out) {
        // Names come from the providers' descriptors, like everywhere else.
        List<String> names = Sandbox.PROVIDERS.stream().map(id -> Providers.byId(id).map(p -> p.displayName()).orElse(id)).toList();
        out.println("Webhook Inspector sandbox: simulated " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.getLast() + " APIs, on this computer only.");
        out.println();
        out.printf("  %-12s %-40s %s%n", "PROVIDER", "BASE URL", "DEMO API KEY");
        for (String provider : Sandbox.PROVIDERS) {
            out.printf("  %-12s %-40s %s%n", provider, sandbox.baseUrl(provider), sandbox.demoKey(provider));
        }
        out.println();
        out.println("A bulk account with " + DemoFixtures.BULK_WEBHOOKS + " webhooks each, for lists that span pages:");
        for (String provider : Sandbox.PROVIDERS) {
            out.printf("  %-12s %s%n", provider, sandbox.bulkKey(provider));
        }
        out.println();
        out.println("Webhooks:");
        printFixtures(out, false);
        out.println();
        out.println("Fault triggers (these IDs always answer the same way):");
        printFixtures(out, true);
        out.println();
        out.println("Try it from another terminal:");
        for (String provider : Sandbox.PROVIDERS) {
            String id = DemoFixtures.forProvider(provider).getFirst().id();
            out.println("  WEBHOOK_INSPECTOR_API_KEY=" + sandbox.demoKey(provider) + " webhook-inspector get " + id
                    + " --provider " + provider + " --base-url " + sandbox.baseUrl(provider));
        }
        String first = Sandbox.PROVIDERS.getFirst();
        out.println("  WEBHOOK_INSPECTOR_API_KEY=" + sandbox.bulkKey(first) + " webhook-inspector list --provider " + first
                + " --base-url " + sandbox.baseUrl(first));
        out.println();
        out.println("Press Ctrl+C to stop.");
    }

    private static void printFixtures(PrintStream out, boolean faultTriggers) {
        for (DemoFixtures.Fixture f : DemoFixtures.describe()) {
            if (f.faultTrigger() != faultTriggers) continue;
            // Fixture IDs are hostile on purpose (fault triggers); shown escaped, never obeyed.
            out.printf("  %-12s %-38s %s%n", f.provider(), SafeText.terminal(quoteIfNeeded(f.id())), SafeText.terminal(f.description()));
        }
    }

    /** IDs a shell would split or expand are shown in single quotes, ready to paste. */
    private static String quoteIfNeeded(String id) {
        return id.matches("[A-Za-z0-9_.-]+") ? id : "'" + id + "'";
    }
}
