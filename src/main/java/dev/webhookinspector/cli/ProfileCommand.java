package dev.webhookinspector.cli;

import java.util.List;

final class ProfileCommand implements Command {
    @Override public String name() { return "profile"; }

    @Override public String summary() { return "(being built)"; }

    @Override public String usage() { return "webhook-inspector profile\n"; }

    @Override public int run(List<String> args, CliContext ctx) {
        ctx.err().println("webhook-inspector profile: not available in this build.");
        return ExitCodes.ERROR;
    }
}
