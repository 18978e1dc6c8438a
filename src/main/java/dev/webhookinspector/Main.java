package dev.webhookinspector;

import dev.webhookinspector.cli.Cli;

/** Decides: arguments mean the command line, none (or only window flags) mean the window. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (Cli.wantsWindow(args)) {
            dev.webhookinspector.ui.WindowLauncher.launch(args);
            return;
        }
        System.exit(Cli.run(args, System.in, System.out, System.err, System.getenv()));
    }
}
