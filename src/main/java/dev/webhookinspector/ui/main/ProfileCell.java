package dev.webhookinspector.ui.main;

import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.profiles.ProfileChoice;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A profile in the switcher: provider mark, name, and a "demo" tag. In the drop-down list the first
 * profile of each provider carries the provider's name above it, so the list reads as groups.
 */
final class ProfileCell extends ListCell<ProfileChoice> {
    private final boolean inList;

    ProfileCell(boolean inList) {
        this.inList = inList;
        getStyleClass().add("profile-cell");
    }

    @Override protected void updateItem(ProfileChoice item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(inList ? null : new Label("No profile"));
            setAccessibleText(null);
            return;
        }
        Label name = new Label(item.name());
        name.getStyleClass().add("profile-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, Icons.providerMark(item.provider().id(), 16), name);
        row.setAlignment(Pos.CENTER_LEFT);
        if (item.demo() && inList) {
            Label tag = new Label("demo");
            tag.getStyleClass().add("demo-tag");
            row.getChildren().add(tag);
        }
        setAccessibleText(item.name() + ", " + item.provider().displayName() + (item.demo() ? ", demo" : ""));
        if (inList && startsGroup()) {
            Label group = new Label(item.provider().displayName());
            group.getStyleClass().add("profile-group");
            VBox box = new VBox(4, group, row);
            VBox.setVgrow(row, Priority.NEVER);
            setGraphic(box);
        } else {
            setGraphic(row);
        }
    }

    private boolean startsGroup() {
        int i = getIndex();
        if (getListView() == null || i <= 0) return true;
        ProfileChoice previous = getListView().getItems().get(i - 1);
        return !previous.provider().equals(getItem().provider());
    }
}
