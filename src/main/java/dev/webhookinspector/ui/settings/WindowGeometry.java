package dev.webhookinspector.ui.settings;

/** Where the window was and how big, in screen coordinates. */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
}
