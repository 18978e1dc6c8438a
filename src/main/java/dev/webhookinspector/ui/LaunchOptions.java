package dev.webhookinspector.ui;

import dev.webhookinspector.ArgumentLimit;
import dev.webhookinspector.WindowFlag;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.inspector.InspectorTab;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's command-line flags, as listed in {@link WindowFlag}.
 *
 * @param open null when no webhook is to be opened at start
 * @param board true to open the board at start ({@code --open board})
 * @param tab the inspector tab to show, or null for the usual one
 * @param theme null means the saved or system theme
 * @param screenshot null when the window stays open
 */
public record LaunchOptions(boolean demo, OpenTarget open, boolean board, InspectorTab tab, ThemeMode theme, Path screenshot, boolean smokeTest) {

    /** A webhook to fetch as soon as the window is up. */
    public record OpenTarget(Provider provider, String webhookId) {}

    /** {@code --open board}. */
    public static final String BOARD = "board";

    public static final LaunchOptions NONE = new LaunchOptions(false, null, false, null, null, null, false);

    public Optional<OpenTarget> openTarget() { return Optional.ofNullable(open); }

    public Optional<InspectorTab> inspectorTab() { return Optional.ofNullable(tab); }

    public Optional<ThemeMode> themeOverride() { return Optional.ofNullable(theme); }

    public Optional<Path> screenshotFile() { return Optional.ofNullable(screenshot); }

    /** A run that ends by itself (screenshot, smoke test): it needs no display and leaves the user's settings alone. */
    public boolean automated() { return screenshot != null || smokeTest; }

    /** @throws IllegalArgumentException with a one-line message that says what to fix */
    public static LaunchOptions parse(List<String> args) {
        ArgumentLimit.check(args).ifPresent(tooLong -> {
            throw new IllegalArgumentException(tooLong);
        });
        boolean demo = false;
        boolean smoke = false;
        OpenTarget open = null;
        boolean board = false;
        InspectorTab tab = null;
        ThemeMode theme = null;
        Path screenshot = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            WindowFlag flag = WindowFlag.of(arg).orElseThrow(() -> new IllegalArgumentException("Unknown window option \""
                    + arg + "\". The window takes " + WindowFlag.summary() + "."));
            int eq = arg.indexOf('=');
            String value = eq > 0 ? arg.substring(eq + 1) : null;
            if (flag.argument().isEmpty() && value != null) {
                throw new IllegalArgumentException(flag.flag() + " takes no value.");
            }
            if (flag.argument().isPresent() && value == null) value = next(args, ++i, flag);
            switch (flag) {
                case DEMO -> demo = true;
                case SMOKE_TEST -> smoke = true;
                case OPEN -> {
                    if (value.strip().equalsIgnoreCase(BOARD)) board = true;
                    else open = parseOpen(value);
                }
                case TAB -> tab = InspectorTab.byKey(value).orElseThrow(() -> new IllegalArgumentException(
                        "--tab takes " + InspectorTab.keys() + "."));
                case THEME -> theme = ThemeMode.parse(value).filter(t -> t != ThemeMode.SYSTEM).orElseThrow(() ->
                        new IllegalArgumentException("--theme takes light or dark."));
                case SCREENSHOT -> screenshot = ScreenshotTarget.check(value);
            }
        }
        return new LaunchOptions(demo, open, board, tab, theme, screenshot, smoke);
    }

    private static String next(List<String> args, int i, WindowFlag flag) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(flag.flag() + " needs a value, as in " + flag.usage() + ".");
        }
        return args.get(i);
    }

    private static OpenTarget parseOpen(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("--open takes PROVIDER:ID, such as ultravox:<webhook id>, or board; providers: " + Providers.ids() + ".");
        }
        String providerId = value.substring(0, colon);
        Provider provider = Providers.byId(providerId).orElseThrow(() -> new IllegalArgumentException(
                "--open names an unknown provider \"" + providerId + "\"; use one of " + Providers.ids() + "."));
        return new OpenTarget(provider, value.substring(colon + 1).strip());
    }
}
