package dev.webhookinspector.ui;

import dev.webhookinspector.ui.inspector.ProviderMark;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Provider marks, the app icon and glyphs; a glyph stands in wherever a picture is missing. */
public final class Icons {
    private static final String BASE = "/dev/webhookinspector/icons/";
    private static final int[] APP_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private Icons() {}

    public static FontIcon glyph(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("glyph");
        return icon;
    }

    public static FontIcon glyph(Ikon ikon, int size) {
        FontIcon icon = glyph(ikon);
        icon.setIconSize(size);
        // Also inline, because the theme sizes every icon from CSS, which would undo setIconSize; the
        // icon keeps its own font settings in the same style string, so append rather than replace.
        icon.setStyle(icon.getStyle() + "-fx-icon-size: " + size + "px;");
        return icon;
    }

    /** The provider's mark, 16 or 32 pixels: the same picture (or glyph) the inspector's header uses. */
    public static Node providerMark(dev.webhookinspector.core.model.ProviderId providerId, int size) {
        return ProviderMark.of(providerId, size > 16 ? 32 : 16);
    }

    /**
     * Every bundled size of the app icon, for the window and the task bar; empty when none is bundled. They load in
     * the background: decoding seven PNGs on the JavaFX thread held up the first frame, and no one sees them before.
     */
    public static List<Image> appIcons() {
        List<Image> images = new ArrayList<>();
        for (int size : APP_SIZES) {
            URL png = resource("app-" + size + ".png");
            if (png != null) images.add(new Image(png.toExternalForm(), true));
        }
        return images;
    }

    /** The app icon near {@code size} pixels, or a glyph when none is bundled. */
    public static Node appMark(int size) {
        for (int s : APP_SIZES) {
            URL png = resource("app-" + s + ".png");
            if (png != null && s >= size) {
                return new ImageView(new Image(png.toExternalForm(), size, size, true, true));
            }
        }
        FontIcon icon = glyph(Feather.ACTIVITY, size);
        icon.getStyleClass().add("app-mark");
        return icon;
    }

    private static URL resource(String name) {
        return Icons.class.getResource(BASE + name);
    }
}
