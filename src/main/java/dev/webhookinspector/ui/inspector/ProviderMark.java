package dev.webhookinspector.ui.inspector;

import java.io.InputStream;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A provider's mark: its PNG icon when packaged with the app, else a glyph in the provider's colour. */
public final class ProviderMark {
    private ProviderMark() {}

    /** @param size 16 or 32 */
    public static Node of(String providerId, int size) {
        String id = providerId == null ? "" : providerId.toLowerCase(Locale.ROOT);
        // The marks ship as NAME.png (16 px) and NAME@2x.png (32 px), the pair JavaFX itself uses for high-DPI.
        String resource = "/dev/webhookinspector/icons/" + id + (size > 16 ? "@2x" : "") + ".png";
        try (InputStream in = ProviderMark.class.getResourceAsStream(resource)) {
            if (in != null) {
                ImageView view = new ImageView(new Image(in, size, size, true, true));
                view.getStyleClass().add("provider-mark");
                return view;
            }
        } catch (java.io.IOException e) {
            // an unreadable icon is not worth failing over: the glyph below stands in
        }
        FontIcon glyph = new FontIcon(switch (id) {
            case "ultravox" -> Feather.MIC;
            case "v0" -> Feather.TRIANGLE;
            case "featurebase" -> Feather.MESSAGE_SQUARE;
            default -> Feather.LINK;
        });
        glyph.setIconSize(size <= 16 ? 14 : 24);
        glyph.getStyleClass().addAll("provider-mark", "provider-mark-glyph", "provider-" + id);
        return glyph;
    }
}
