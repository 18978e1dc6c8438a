package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.core.model.ProviderId;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import java.io.InputStream;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A provider's mark: the PNG its package ships as {@code /dev/webhookinspector/icons/ID.png} (16 px) and
 * {@code ID@2x.png} (32 px), the pair JavaFX itself uses for high-DPI; else a glyph in the descriptor's accent.
 */
public final class ProviderMark {
    private ProviderMark() {}

    /** @param size 16 or 32 */
    public static Node of(ProviderId id, int size) {
        String resource = "/dev/webhookinspector/icons/" + id.value() + (size > 16 ? "@2x" : "") + ".png";
        try (InputStream in = ProviderMark.class.getResourceAsStream(resource)) {
            if (in != null) {
                ImageView view = new ImageView(new Image(in, size, size, true, true));
                view.getStyleClass().add("provider-mark");
                return view;
            }
        } catch (java.io.IOException e) {
            // an unreadable icon is not worth failing over: the glyph below stands in
        }
        FontIcon glyph = new FontIcon(Feather.LINK);
        glyph.setIconSize(size <= 16 ? 14 : 24);
        glyph.getStyleClass().addAll("provider-mark", "provider-mark-glyph");
        // Inline, because a stylesheet rule would win over a setter; the accent is the provider's own colour.
        Providers.byId(id).map(Provider::descriptor).ifPresent(d -> glyph.setStyle("-fx-icon-color: " + d.accent() + ";"));
        return glyph;
    }
}
