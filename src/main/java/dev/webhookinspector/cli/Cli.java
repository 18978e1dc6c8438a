package dev.webhookinspector.cli;

import dev.webhookinspector.ArgumentLimit;
import dev.webhookinspector.WindowFlag;
import dev.webhookinspector.core.Version;
import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.problem.ExitCode;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.core.problem.Problem;
import dev.webhookinspector.core.problem.ProblemKind;
import dev.webhookinspector.core.problem.Remedy;
import dev.webhookinspector.core.profile.ProfileException;
import dev.webhookinspector.core.text.SafeText;
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
        return List.of(new GetCommand(), new ListCommand(), new WatchCommand(), new HistoryCommand(), new DiffCommand(), new ReportCommand(),
                new VerifyCommand(), new DeliverCommand(), new ProfileCommand(), new SandboxCommand());
    }

    /** No arguments, or a window flag first, open the window; anything else is a command. */
    public static boolean wantsWindow(String[] args) {
        return args.length == 0 || WindowFlag.of(args[0]).isPresent();
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
        CliContext ctx = new CliContext(in, out, err, env);
        Optional<String> tooLong = ArgumentLimit.check(Arrays.asList(args));
        if (tooLong.isPresent()) {
            err.println("webhook-inspector: " + tooLong.get());
            return ExitCode.USAGE.code();
        }
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(overview());
            return ExitCode.OK.code();
        }
        if (args[0].equals("--version") || args[0].equals("-V")) {
            out.println("webhook-inspector " + Version.get());
            return ExitCode.OK.code();
        }
        Optional<Command> command = commands().stream().filter(c -> c.name().equals(args[0])).findFirst();
        if (command.isEmpty()) {
            err.println("webhook-inspector: unknown command \"" + SafeText.terminal(args[0]) + "\". Run webhook-inspector --help to see the commands.");
            return ExitCode.USAGE.code();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(command.get().usage());
            return ExitCode.OK.code();
        }
        String name = command.get().label(rest);
        Problem problem;
        try {
            return command.get().run(rest, ctx);
        } catch (UsageException e) {
            problem = Problem.of(ProblemKind.INVALID_INPUT, e.getMessage());
        } catch (ProfileException e) {
            problem = e.problem();
        } catch (FetchException e) {
            problem = e.problem();
        } catch (RuntimeException e) {
            // A bug must still not dump a stack trace on the user; the class name helps a bug report.
            problem = Problem.of(ProblemKind.INTERNAL, "internal error (" + e.getClass().getSimpleName() + ")", Remedy.REPORT_BUG);
        }
        err.println(Advice.line(name, problem));
        return ExitCode.of(problem.kind()).code();
    }

    static String overview() {
        StringBuilder sb = new StringBuilder();
        sb.append("Webhook Inspector ").append(Version.get()).append("\n\n");
        sb.append("Usage:\n");
        sb.append("  webhook-inspector [WINDOW OPTIONS]    open the window\n");
        sb.append("  webhook-inspector COMMAND [OPTIONS]   run a command; COMMAND --help for its options\n\n");
        sb.append("Providers: ").append(Providers.all().stream().map(p -> p.displayName() + " (" + p.id() + ")")
                .collect(java.util.stream.Collectors.joining(", "))).append("\n\n");
        sb.append("Commands:\n");
        for (Command c : commands()) sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        sb.append("\nWindow options:\n");
        for (WindowFlag f : WindowFlag.values()) sb.append(String.format("  %-22s %s%n", f.usage(), f.help()));
        sb.append("\nOther: --help, --version\n");
        sb.append('\n').append(ExitCodeText.table());
        return sb.toString();
    }
}
