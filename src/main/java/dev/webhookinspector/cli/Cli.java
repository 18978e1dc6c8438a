package dev.webhookinspector.cli;

import dev.webhookinspector.WindowFlag;
import dev.webhookinspector.core.Version;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The command line: dispatches to a sub-command and turns every failure into one line on stderr. */
public final class Cli {
    private Cli() {}

    /** Built on demand: the window path asks only {@link #wantsWindow} and should not pay for HTTP clients. */
    private static List<Command> commands() {
        return List.of(new GetCommand(), new ProfileCommand(), new SandboxCommand());
    }

    /** No arguments, or a window flag first, open the window; anything else is a command. */
    public static boolean wantsWindow(String[] args) {
        return args.length == 0 || WindowFlag.of(args[0]).isPresent();
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        CliContext ctx = new CliContext(in, out, err, env);
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(overview());
            return ExitCodes.OK;
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("webhook-inspector " + Version.get());
            return ExitCodes.OK;
        }
        Optional<Command> command = commands().stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isEmpty()) {
            err.println("webhook-inspector: unknown command \"" + args[0] + "\". Run webhook-inspector --help to see the commands.");
            return ExitCodes.USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.get().usage());
            return ExitCodes.OK;
        }
        try {
            return command.get().run(rest, ctx);
        } catch (UsageException e) {
            err.println("webhook-inspector " + command.get().name() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            // A bug must still not dump a stack trace on the user; the class name helps a bug report.
            err.println("webhook-inspector " + command.get().name() + ": internal error (" + e.getClass().getSimpleName()
                    + "). Please report it with the command you ran, without your API key.");
            return ExitCodes.ERROR;
        }
    }

    static String overview() {
        StringBuilder sb = new StringBuilder();
        sb.append("Webhook Inspector ").append(Version.get()).append("\n\n");
        sb.append("Usage:\n");
        sb.append("  webhook-inspector [WINDOW OPTIONS]    open the window\n");
        sb.append("  webhook-inspector COMMAND [OPTIONS]   run a command; COMMAND --help for its options\n\n");
        sb.append("Commands:\n");
        for (Command c : commands()) sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        sb.append("\nWindow options:\n");
        for (WindowFlag f : WindowFlag.values()) sb.append(String.format("  %-22s %s%n", f.usage(), f.help()));
        sb.append("\nOther: --help, --version\n");
        sb.append("\nExit codes: 0 fetched; 2 bad usage or invalid ID; 3 not found; 4 key rejected; 5 network or timeout;\n");
        sb.append("            6 other provider or protocol error; 8 unhealthy (with --fail-on-unhealthy).\n");
        return sb.toString();
    }
}
