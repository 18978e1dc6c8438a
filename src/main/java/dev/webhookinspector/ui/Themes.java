package dev.webhookinspector.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** AtlantaFX as the user-agent stylesheet, plus the app's own sheets, which use only its -color-* variables. */
public final class Themes {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    /** The inspector panels carry app.css themselves; the shell adds its own and the ControlsFX bridge. */
    private static final String[] SHEETS = {"controlsfx-bridge.css", "shell.css"};

    private Themes() {}

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().pseudoClassStateChanged(DARK, dark);
    }

    /** The app's stylesheets that are bundled, in cascade order. */
    public static List<String> stylesheets() {
        List<String> urls = new ArrayList<>();
        for (String name : SHEETS) {
            URL url = Themes.class.getResource(name);
            if (url != null) urls.add(url.toExternalForm());
        }
        return urls;
    }
}
