package dev.webhookinspector.cli;

import java.util.List;

final class GetCommand implements Command {
    @Override public String name() { return "get"; }
    @Override public String summary() { return "fetch one webhook by ID and print it"; }
    @Override public String usage() { return "webhook-inspector get ID --provider P\n"; }
    @Override public int run(List<String> args, CliContext ctx) { return ExitCodes.ERROR; }
}
