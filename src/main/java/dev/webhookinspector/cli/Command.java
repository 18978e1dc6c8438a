package dev.webhookinspector.cli;

import java.util.List;

/** One sub-command of the command line. */
public interface Command {
    String name();

    /** One line for the overview in --help. */
    String summary();

    /** The full usage text printed by {@code webhook-inspector NAME --help}. */
    String usage();

    /** Returns the exit code; throws UsageException for bad input (exit 2). */
    int run(List<String> args, CliContext ctx) throws UsageException;
}
