package dev.webhookinspector.ui.inspector;

import dev.webhookinspector.ui.keys.Shortcut;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kordamp.ikonli.feather.Feather;

/** Every field of the response in a tree table: name, formatted value, type; copy from a button, a menu or the copy key. */
final class FieldsView {
    /** Containers with more children than this stay folded on "Expand all" (a 10,000-item failure list). */
    private static final int EXPAND_LIMIT = 100;

    private final VBox root;
    private final FieldsViewModel vm;
    private final TreeTableView<FieldNode> table = new TreeTableView<>();

    FieldsView(FieldsViewModel vm) {
        this.vm = vm;
        table.setId("fieldsTable");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, "fields-table");
        table.setPlaceholder(new Label("The response had no fields."));

        TreeTableColumn<FieldNode, FieldNode> name = new TreeTableColumn<>("Field");
        name.setPrefWidth(280);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        name.setCellFactory(c -> new NameCell());
        TreeTableColumn<FieldNode, FieldNode> type = new TreeTableColumn<>("Type");
        type.setPrefWidth(130);
        type.setMinWidth(110);
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        type.setCellFactory(c -> new TypeCell());
        TreeTableColumn<FieldNode, FieldNode> value = new TreeTableColumn<>("Value");
        value.setPrefWidth(560);
        value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        value.setCellFactory(c -> new ValueCell());
        table.getColumns().addAll(java.util.List.of(name, type, value));
        for (TreeTableColumn<?, ?> c : table.getColumns()) c.setSortable(false);

        table.setRowFactory(t -> {
            TreeTableRow<FieldNode> row = new TreeTableRow<>();
            MenuItem copyValue = new MenuItem("Copy value", Ui.icon(Feather.COPY));
            copyValue.setOnAction(e -> vm.copyValue(row.getItem()));
            MenuItem copyPath = new MenuItem("Copy field path");
            copyPath.setOnAction(e -> vm.copyName(row.getItem()));
            ContextMenu menu = new ContextMenu(copyValue, copyPath);
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (Shortcut.COPY_VALUE.matches(e) && selected() != null) {
                vm.copyValue(selected());
                e.consume();
            }
        });

        vm.roots().addListener((ListChangeListener<FieldNode>) c -> rebuild());

        Label note = Ui.label("tab-note", vm.noteProperty());
        note.setId("fieldsNote");
        note.setMinWidth(0);
        Button copy = Ui.textButton("copyFieldValue", "Copy value", Feather.COPY, () -> vm.copyValue(selected()));
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        copy.setTooltip(Ui.tooltip(Shortcut.COPY_VALUE.tooltip("Copy the selected field's value")));
        Button expand = Ui.iconButton("expandFields", Feather.CHEVRONS_DOWN, "Expand all fields", () -> setExpanded(table.getRoot(), true));
        Button collapse = Ui.iconButton("collapseFields", Feather.CHEVRONS_UP, "Collapse all fields", () -> setExpanded(table.getRoot(), false));
        HBox bar = new HBox(8, note, Ui.grow(), expand, collapse, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("tab-toolbar");

        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(10, bar, table);
        root.getStyleClass().add("tab-body");
    }

    void refreshTimes() { table.refresh(); }

    private FieldNode selected() {
        TreeItem<FieldNode> item = table.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void rebuild() {
        TreeItem<FieldNode> top = new TreeItem<>();
        for (FieldNode n : vm.roots()) {
            Item item = new Item(n);
            item.setExpanded(n.hasChildren() && n.value().size() <= 10);
            top.getChildren().add(item);
        }
        table.setRoot(top);
    }

    private void setExpanded(TreeItem<FieldNode> item, boolean expanded) {
        if (item == null) return;
        for (TreeItem<FieldNode> child : item.getChildren()) {
            FieldNode n = child.getValue();
            if (!n.hasChildren()) continue;
            if (expanded && n.value().size() > EXPAND_LIMIT) continue;
            child.setExpanded(expanded);
            if (expanded || ((Item) child).loaded) setExpanded(child, expanded);
        }
    }

    /** Loads its children the first time they are asked for. */
    private final class Item extends TreeItem<FieldNode> {
        private boolean loaded;

        Item(FieldNode n) { super(n); }

        @Override public boolean isLeaf() { return !getValue().hasChildren(); }

        @Override public javafx.collections.ObservableList<TreeItem<FieldNode>> getChildren() {
            if (!loaded) {
                loaded = true;
                super.getChildren().setAll(vm.children(getValue()).stream().map(c -> (TreeItem<FieldNode>) new Item(c)).toList());
            }
            return super.getChildren();
        }
    }

    private final class NameCell extends TreeTableCell<FieldNode, FieldNode> {
        NameCell() {
            Ui.tooltipOnHover(this, () -> isEmpty() || getItem() == null ? null
                    : vm.change(getItem()).map(c -> vm.changeTooltip(c) + "\n" + vm.tooltip(getItem())).orElse(vm.tooltip(getItem())));
        }

        @Override protected void updateItem(FieldNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("field-unknown", "field-changed");
            if (empty || n == null) { setText(null); setGraphic(null); return; }
            setText(n.name());
            var change = vm.change(n);
            if (change.isPresent()) {
                getStyleClass().add("field-changed");
                Label tag = Ui.label("changed-tag", "CHANGED");
                setGraphic(tag);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            } else if (n.unknown() && !n.path().contains(".") && !n.path().contains("[")) {
                Label tag = Ui.label("new-tag", "NEW");
                setGraphic(tag);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            } else {
                setGraphic(null);
            }
            if (n.unknown()) getStyleClass().add("field-unknown");
        }
    }

    private final class ValueCell extends TreeTableCell<FieldNode, FieldNode> {
        ValueCell() { Ui.tooltipOnHover(this, () -> isEmpty() || getItem() == null ? null : vm.tooltip(getItem())); }

        @Override protected void updateItem(FieldNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeIf(c -> c.startsWith("value-"));
            if (empty || n == null) { setText(null); setGraphic(null); return; }
            setText(vm.display(n));
            getStyleClass().add("value-" + n.type().name().toLowerCase(java.util.Locale.ROOT));
            if (n.unknownValue()) {
                getStyleClass().add("value-unknown");
                setGraphic(Ui.icon(Feather.HELP_CIRCLE));
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            } else {
                setGraphic(null);
            }
        }
    }

    private static final class TypeCell extends TreeTableCell<FieldNode, FieldNode> {
        TypeCell() { getStyleClass().add("type-cell"); }

        @Override protected void updateItem(FieldNode n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : n.type().label());
        }
    }

    Node root() { return root; }
}
