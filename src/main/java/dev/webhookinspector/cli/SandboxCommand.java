package dev.webhookinspector.cli;

import java.util.List;

final class SandboxCommand implements Command {
    @Override public String name() { return "sandbox"; }

    @Override public String summary() { return "(being built)"; }

    @Override public String usage() { return "webhook-inspector sandbox\n"; }

    @Override public int run(List<String> args, CliContext ctx) {
        ctx.err().println("webhook-inspector sandbox: not available in this build.");
        return ExitCodes.ERROR;
    }
}
