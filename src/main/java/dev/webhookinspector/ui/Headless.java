package dev.webhookinspector.ui;

import java.util.Locale;
import java.util.Map;

/** A screenshot or smoke test with no display: JavaFX's own headless platform with software rendering. */
final class Headless {
    private Headless() {}

    /**
     * Sets {@code glass.platform=Headless} and {@code prism.order=sw} unless a platform was chosen
     * already (-D or JAVA_TOOL_OPTIONS) or a display is there to render on. Must run before the toolkit starts.
     */
    static void prepareIfNoDisplay(Map<String, String> env) {
        if (System.getProperty("glass.platform") != null) return;
        if (!needsHeadless(env, System.getProperty("os.name", ""))) return;
        System.setProperty("glass.platform", "Headless");
        if (System.getProperty("prism.order") == null) System.setProperty("prism.order", "sw");
    }

    /** Windows and macOS always have a display; elsewhere DISPLAY or WAYLAND_DISPLAY says so. */
    static boolean needsHeadless(Map<String, String> env, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) return false;
        return blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
