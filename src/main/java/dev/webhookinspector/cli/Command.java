package dev.webhookinspector.cli;

import dev.webhookinspector.core.http.FetchException;
import dev.webhookinspector.core.profile.ProfileException;
import java.util.List;

/** One sub-command of the command line. */
public interface Command {
    String name();

    /** How its messages start: "get", or "profile add" for a command with sub-commands. */
    default String label(List<String> args) { return name(); }

    /** One line for the overview in --help. */
    String summary();

    /** The full usage text printed by {@code webhook-inspector NAME --help}. */
    String usage();

    /**
     * Returns the exit code. Problems are thrown, and {@link Cli} words them and picks the exit code from
     * the one table, so the same problem exits alike in every command.
     */
    int run(List<String> args, CliContext ctx) throws UsageException, ProfileException, FetchException;
}
