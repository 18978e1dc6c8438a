package dev.webhookinspector;

import dev.webhookinspector.cli.Cli;

/** Decides: arguments mean the command line, none (or only window flags) mean the window. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The .deb/.rpm post-install step, not a user command (packaging/README.md, "Start-up").
        if (args.length == 1 && args[0].equals("--build-aot-cache")) System.exit(AotCache.buildShared(System.out));
        if (Cli.wantsWindow(args)) {
            dev.webhookinspector.ui.WindowLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args, System.in, System.out, System.err, System.getenv()));
    }
}
