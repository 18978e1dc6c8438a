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

/** A provider's mark: the PNG its descriptor names, else a glyph in the descriptor's accent colour. */
public final class ProviderMark {
    private ProviderMark() {}

    /** @param size 16 or 32 */
    public static Node of(ProviderId id, int size) {
        var provider = Providers.byId(id).map(Provider::descriptor);
        String resource = provider.map(d -> d.markResource(size)).orElse("");
        try (InputStream in = resource.isEmpty() ? null : ProviderMark.class.getResourceAsStream(resource)) {
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
        provider.ifPresent(d -> glyph.setStyle("-fx-icon-color: " + d.accent() + ";"));
        return glyph;
    }
}
