package dev.webhookinspector.ui.welcome;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.ui.Icons;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** First launch with no profiles: offers to add one or to explore the demo. */
public final class WelcomeView {
    private final StackPane root;
    private final Button addProfile;

    public WelcomeView(Runnable addProfileAction, Runnable exploreDemoAction) {
        Label title = new Label("Welcome to Webhook Inspector");
        title.getStyleClass().addAll(Styles.TITLE_1, "welcome-title");
        Label lead = new Label("Fetch a webhook by ID from Ultravox, v0 or Featurebase and see at a glance "
                + "whether it is healthy, and if not, why.");
        lead.getStyleClass().add("welcome-lead");
        lead.setWrapText(true);
        lead.setMaxWidth(620);
        lead.setMinHeight(Region.USE_PREF_SIZE);
        lead.setAlignment(Pos.CENTER);

        addProfile = choice("addProfileButton", Feather.USER_PLUS, "Add a profile",
                "Connect your own account: the API key stays in your key store, the vault, or an environment variable.");
        addProfile.getStyleClass().add("primary");
        addProfile.setOnAction(e -> addProfileAction.run());
        Button explore = choice("exploreDemoButton", Feather.PLAY_CIRCLE, "Explore the demo",
                "Try every panel on sample webhooks of all three providers. A built-in simulator answers; nothing leaves this computer.");
        explore.setOnAction(e -> exploreDemoAction.run());

        HBox choices = new HBox(20, addProfile, explore);
        choices.setAlignment(Pos.CENTER);

        Label hint = new Label("Press F1 at any time to see the keyboard shortcuts.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        VBox column = new VBox(18, Icons.appMark(64), title, lead, choices, hint);
        column.setAlignment(Pos.CENTER);
        column.setMaxSize(760, Region.USE_PREF_SIZE);
        column.getStyleClass().add("welcome");
        root = new StackPane(column);
        root.setId("welcomePane");
        root.getStyleClass().add("welcome-pane");
    }

    public Node root() { return root; }

    /** Gives the first choice the keyboard focus. */
    public void focus() { addProfile.requestFocus(); }

    private static Button choice(String id, Feather icon, String title, String description) {
        Label heading = new Label(title);
        heading.getStyleClass().add("choice-title");
        Label text = new Label(description);
        text.setWrapText(true);
        text.getStyleClass().add("choice-text");
        VBox body = new VBox(8, Icons.glyph(icon, 28), heading, text);
        body.setAlignment(Pos.TOP_LEFT);
        Button b = new Button(null, body);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Wrapping makes the button height-for-width, so its wrapped description is measured at the real width.
        b.setWrapText(true);
        b.setId(id);
        b.setAccessibleText(title);
        b.getStyleClass().add("welcome-choice");
        b.setPrefWidth(340);
        b.setMaxHeight(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(b, Priority.NEVER);
        return b;
    }
}
