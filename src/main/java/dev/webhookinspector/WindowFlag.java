package dev.webhookinspector;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one table of the window's command-line flags. Main's choice between window and command line,
 * the --help text and the window's option parser all read it, so a flag is added in one place.
 */
public enum WindowFlag {
    DEMO("--demo", null, "open straight into the demo: the built-in simulator, nothing saved"),
    OPEN("--open", "PROVIDER:ID|board", "fetch this webhook as soon as the window is up, or open the board of every profile's webhooks"),
    TAB("--tab", "NAME", "show this inspector tab: overview, fields, failures, raw, request, lab or history"),
    THEME("--theme", "light|dark", "use this theme for this run, without remembering it"),
    SCREENSHOT("--screenshot", "FILE.png", "render the window at 1280x800 into FILE.png and exit; needs no display"),
    SMOKE_TEST("--smoke-test", null, "open the window, exit with 0 once it has settled; needs no display");

    private final String flag;
    private final String argument;
    private final String help;

    WindowFlag(String flag, String argument, String help) {
        this.flag = flag;
        this.argument = argument;
        this.help = help;
    }

    /** As typed, such as {@code --open}. */
    public String flag() { return flag; }

    /** The placeholder of its value, such as {@code PROVIDER:ID}; empty for a switch. */
    public Optional<String> argument() { return Optional.ofNullable(argument); }

    public String help() { return help; }

    /** The flag with its placeholder, such as {@code --open PROVIDER:ID}. */
    public String usage() {
        return argument == null ? flag : flag + " " + argument;
    }

    /** Looks up {@code --open} as well as {@code --open=VALUE}. */
    public static Optional<WindowFlag> of(String arg) {
        int eq = arg.indexOf('=');
        String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg;
        return Arrays.stream(values()).filter(f -> f.flag.equals(name)).findFirst();
    }

    /** Every flag with its placeholder, for one-line messages: {@code --demo, --open PROVIDER:ID, ...}. */
    public static String summary() {
        return Arrays.stream(values()).map(WindowFlag::usage).collect(Collectors.joining(", "));
    }
}
