package dev.webhookinspector.ui.profiles;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.Icons;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The profiles side sheet: the saved profiles, the selected one's settings, and what can be done with it. */
final class ProfilesSheet {
    /** What the sheet's buttons open. */
    interface Actions {
        void create();

        void edit(Profile p);

        void duplicate(Profile p);

        void rename(Profile p);

        void delete(Profile p);

        void close();
    }

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private final VBox root;
    private final ListView<Profile> list = new ListView<>();

    ProfilesSheet(ProfilesViewModel vm, Actions actions) {
        Label title = new Label("Profiles");
        title.getStyleClass().add(Styles.TITLE_3);
        Button close = new Button(null, Icons.glyph(Feather.X));
        close.setId("closeProfilesButton");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText("Close profiles");
        close.setOnAction(e -> actions.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button create = new Button("New", Icons.glyph(Feather.PLUS));
        create.setId("newProfileButton");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> actions.create());
        HBox header = new HBox(10, title, gap, create, close);
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("profilesList");
        list.setItems(vm.profiles());
        list.setCellFactory(l -> new SavedProfileCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> { if (n != null) vm.selectedProperty().set(n); });
        vm.selectedProperty().addListener((obs, o, n) -> { if (n != null && list.getSelectionModel().getSelectedItem() != n) list.getSelectionModel().select(n); });
        list.setPlaceholder(new Label("No saved profiles yet. Press New to add one."));
        list.setPrefHeight(220);
        list.setMinHeight(120);
        VBox.setVgrow(list, Priority.SOMETIMES);

        GridPane details = new GridPane();
        details.setId("profileDetails");
        details.setHgap(12);
        details.setVgap(6);
        details.getStyleClass().add("profile-details");
        vm.selectedProperty().addListener((obs, o, n) -> fillDetails(details, n));
        fillDetails(details, vm.selectedProperty().get());

        BooleanBinding none = vm.selectedProperty().isNull().or(vm.busyProperty());
        Button edit = action("editProfileButton", "Edit", Feather.EDIT_2, none, () -> actions.edit(vm.selectedProperty().get()));
        Button duplicate = action("duplicateProfileButton", "Duplicate", Feather.COPY, none, () -> actions.duplicate(vm.selectedProperty().get()));
        Button rename = action("renameProfileButton", "Rename", Feather.TYPE, none, () -> actions.rename(vm.selectedProperty().get()));
        Button test = action("testProfileButton", "Test connection", Feather.ZAP, none, () -> vm.test(vm.selectedProperty().get()));
        Button delete = action("deleteProfileButton", "Delete", Feather.TRASH_2, none, () -> actions.delete(vm.selectedProperty().get()));
        delete.getStyleClass().add(Styles.DANGER);
        FlowPane buttons = new FlowPane(8, 8, edit, duplicate, rename, test, delete);

        Label message = new Label();
        message.setId("profilesMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("sheet-message");
        vm.messageIsErrorProperty().addListener((obs, o, n) -> message.pseudoClassStateChanged(ERROR, n));

        root = new VBox(16, header, list, details, buttons, message);
        root.setId("profilesSheet");
        root.getStyleClass().add("side-sheet");
        root.setPrefWidth(460);
        root.setMaxWidth(460);
        root.setAccessibleText("Profiles");
    }

    Node root() { return root; }

    void focus() { list.requestFocus(); }

    private static Button action(String id, String text, Feather icon, BooleanBinding disabled, Runnable run) {
        Button b = new Button(text, Icons.glyph(icon));
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> run.run());
        return b;
    }

    private static void fillDetails(GridPane grid, Profile p) {
        grid.getChildren().clear();
        if (p == null) return;
        int row = 0;
        var provider = Providers.byId(p.provider());
        row = detail(grid, row, "Provider", provider.map(x -> x.displayName()).orElse(p.provider() + " (unknown to this version)"));
        row = detail(grid, row, "Base URL", p.baseUrl() == null
                ? Providers.byId(p.provider()).map(x -> x.defaultBaseUrl() + " (default)").orElse("default") : p.baseUrl().toString());
        for (var e : p.options().entrySet()) {
            String label = provider.flatMap(x -> x.descriptor().option(e.getKey())).map(o -> o.label()).orElse(e.getKey());
            row = detail(grid, row, label, e.getValue());
        }
        row = detail(grid, row, "Key", p.keyRef().describe());
        if (!p.note().isBlank()) detail(grid, row, "Note", p.note());
    }

    private static int detail(GridPane grid, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add(Styles.TEXT_MUTED);
        n.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, n, v);
        return row + 1;
    }

    /** A saved profile: mark, name, provider and key store. */
    private static final class SavedProfileCell extends ListCell<Profile> {
        @Override protected void updateItem(Profile item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            String provider = Providers.byId(item.provider()).map(p -> p.displayName()).orElse(item.provider().value());
            Label sub = new Label(provider + " · " + item.keyRef().describe());
            sub.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox row = new HBox(10, Icons.providerMark(item.provider(), 16), new VBox(1, name, sub));
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setAccessibleText(item.name() + ", " + provider);
        }
    }
}
