package dev.webhookinspector.ui;

import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The window's command-line flags: {@code --demo [--open PROVIDER:ID] [--theme light|dark]
 * [--screenshot FILE.png] [--smoke-test]}.
 *
 * @param open null when no webhook is to be opened at start
 * @param theme null means the saved or system theme
 * @param screenshot null when the window stays open
 */
public record LaunchOptions(boolean demo, OpenTarget open, ThemeMode theme, Path screenshot, boolean smokeTest) {

    /** A webhook to fetch as soon as the window is up. */
    public record OpenTarget(Provider provider, String webhookId) {}

    public static final LaunchOptions NONE = new LaunchOptions(false, null, null, null, false);

    public Optional<OpenTarget> openTarget() { return Optional.ofNullable(open); }

    public Optional<ThemeMode> themeOverride() { return Optional.ofNullable(theme); }

    public Optional<Path> screenshotFile() { return Optional.ofNullable(screenshot); }

    /** @throws IllegalArgumentException with a one-line message that says what to fix */
    public static LaunchOptions parse(List<String> args) {
        boolean demo = false;
        boolean smoke = false;
        OpenTarget open = null;
        ThemeMode theme = null;
        Path screenshot = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--demo" -> demo = true;
                case "--smoke-test" -> smoke = true;
                case "--open" -> {
                    if (value == null) value = next(args, ++i, name);
                    open = parseOpen(value);
                }
                case "--theme" -> {
                    if (value == null) value = next(args, ++i, name);
                    theme = ThemeMode.parse(value).filter(t -> t != ThemeMode.SYSTEM).orElseThrow(() ->
                            new IllegalArgumentException("--theme takes light or dark."));
                }
                case "--screenshot" -> {
                    if (value == null) value = next(args, ++i, name);
                    if (!value.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                        throw new IllegalArgumentException("--screenshot needs a file name ending in .png, such as window.png.");
                    }
                    screenshot = Path.of(value);
                }
                default -> throw new IllegalArgumentException("Unknown window option \"" + arg
                        + "\". The window takes --demo, --open PROVIDER:ID, --theme light|dark, --screenshot FILE.png, --smoke-test.");
            }
        }
        return new LaunchOptions(demo, open, theme, screenshot, smoke);
    }

    private static String next(List<String> args, int i, String name) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value; run webhook-inspector --help.");
        }
        return args.get(i);
    }

    private static OpenTarget parseOpen(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("--open takes PROVIDER:ID, such as ultravox:<webhook id>; providers: " + Providers.ids() + ".");
        }
        String providerId = value.substring(0, colon);
        Provider provider = Providers.byId(providerId).orElseThrow(() -> new IllegalArgumentException(
                "--open names an unknown provider \"" + providerId + "\"; use one of " + Providers.ids() + "."));
        return new OpenTarget(provider, value.substring(colon + 1).strip());
    }
}
