package dev.webhookinspector.ui.main;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.demo.DemoWebhook;
import dev.webhookinspector.ui.keys.Keycaps;
import dev.webhookinspector.ui.keys.Shortcut;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import dev.webhookinspector.ui.settings.RecentId;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the centre shows when a profile is chosen but nothing fetched yet: how to start, the
 * profile's recent IDs, and in demo mode the simulator's webhooks, one column per provider.
 */
final class ReadyView {
    private final MainViewModel vm;
    private final VBox content = new VBox(22);
    private final ScrollPane root = new ScrollPane(centred(content));

    ReadyView(MainViewModel vm) {
        this.vm = vm;
        content.getStyleClass().add("ready");
        content.setAlignment(Pos.TOP_CENTER);
        content.setMaxWidth(1100);
        root.setId("readyPane");
        root.setFitToWidth(true);
        root.getStyleClass().addAll("ready-pane", "edge-to-edge");
        vm.profileSwitcher().selectedProperty().addListener((obs, o, n) -> rebuild());
        vm.recentIds().list().addListener((ListChangeListener<RecentId>) c -> rebuild());
        vm.demo().webhooks().addListener((ListChangeListener<DemoWebhook>) c -> rebuild());
        rebuild();
    }

    Node root() { return root; }

    private static Node centred(VBox content) {
        javafx.scene.layout.StackPane box = new javafx.scene.layout.StackPane(content);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private void rebuild() {
        content.getChildren().clear();
        ProfileChoice profile = vm.profileSwitcher().selectedProperty().get();
        if (profile != null) {
            content.getChildren().add(intro(profile));
            if (!vm.recentIds().list().isEmpty()) content.getChildren().add(recent());
        }
        if (!vm.demo().webhooks().isEmpty()) content.getChildren().add(demo());
    }

    private Node intro(ProfileChoice profile) {
        Label name = new Label(profile.name());
        name.getStyleClass().add(Styles.TITLE_2);
        Label provider = new Label(profile.provider().displayName() + (profile.demo() ? " · demo data" : ""));
        provider.getStyleClass().add(Styles.TEXT_MUTED);
        VBox names = new VBox(2, name, provider);
        HBox heading = new HBox(14, Icons.providerMark(profile.provider().id(), 32), names);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label howText = new Label("Paste a webhook ID in the field above and press");
        howText.getStyleClass().add("ready-how");
        HBox how = new HBox(6, howText, Keycaps.of(Shortcut.FETCH));
        how.setAlignment(Pos.CENTER_LEFT);
        Label rule = new Label(profile.provider().displayName() + " IDs are " + profile.provider().idRule() + ".");
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        rule.setWrapText(true);
        VBox box = new VBox(10, heading, how, rule);
        box.getStyleClass().add("ready-card");
        return box;
    }

    private Node recent() {
        VBox list = new VBox(4);
        int i = 0;
        for (RecentId r : vm.recentIds().list()) {
            Label title = new Label(r.name().isBlank() ? r.id() : r.name());
            title.getStyleClass().add("item-title");
            VBox text = new VBox(1, title);
            if (!r.name().isBlank()) {
                Label id = new Label(r.id());
                id.getStyleClass().addAll("item-id", "mono");
                text.getChildren().add(id);
            }
            Button b = item("readyRecent-" + i++, Icons.glyph(Feather.CLOCK), text, "Fetch " + r.label());
            b.setOnAction(e -> vm.openRecent(r));
            list.getChildren().add(b);
        }
        return section("Recent", list);
    }

    private Node demo() {
        HBox columns = new HBox(16);
        for (Provider p : Providers.all()) {
            List<DemoWebhook> hooks = vm.demo().webhooks().stream().filter(w -> w.provider().equals(p)).toList();
            if (hooks.isEmpty()) continue;
            Label header = new Label(p.displayName(), Icons.providerMark(p.id(), 16));
            header.getStyleClass().add("column-title");
            VBox column = new VBox(4, header);
            int i = 0;
            boolean errorsCaptioned = false;
            for (DemoWebhook w : hooks) {
                if (w.faultTrigger() && !errorsCaptioned) {
                    Label caption = new Label("Errors on purpose");
                    caption.getStyleClass().add("column-caption");
                    column.getChildren().add(caption);
                    errorsCaptioned = true;
                }
                Label title = new Label(w.title());
                title.getStyleClass().add("item-title");
                title.setWrapText(true);
                Label description = new Label(w.description());
                description.getStyleClass().add("item-description");
                if (w.description().equals(w.id())) description.getStyleClass().add("mono");
                description.setWrapText(true);
                VBox text = new VBox(2, title, description);
                Button b = item("demoWebhook-" + p.id() + "-" + i++, null, text, "Open demo webhook " + w.title() + " (" + p.displayName() + ")");
                if (w.faultTrigger()) b.getStyleClass().add("fault-trigger");
                b.setOnAction(e -> vm.openDemoWebhook(w));
                column.getChildren().add(b);
            }
            column.setMinWidth(0);
            column.setPrefWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
        Label note = new Label("Sample webhooks served by the built-in simulator. Pick one, or paste its ID above.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, note, columns);
        return section("Demo webhooks", box);
    }

    private static Node section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        VBox box = new VBox(8, heading, body);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Button item(String id, Node icon, Node text, String accessible) {
        HBox row = icon == null ? new HBox(text) : new HBox(10, icon, text);
        row.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(null, row);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Wrapping makes the button height-for-width, so a wrapped description is measured at the real width.
        b.setWrapText(true);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.getStyleClass().add("list-item-button");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }
}
