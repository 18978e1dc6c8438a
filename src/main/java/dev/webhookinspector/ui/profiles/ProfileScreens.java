package dev.webhookinspector.ui.profiles;

import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.profile.Profile;
import dev.webhookinspector.ui.AppServices;
import dev.webhookinspector.ui.Icons;
import dev.webhookinspector.ui.Overlays;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Opens the profile screens: the sheet, the form, and the rename and delete dialogs. */
public final class ProfileScreens {
    private final AppServices services;
    private final Overlays overlays;
    private final ProfilesViewModel sheetVm;
    private final ProfilesSheet sheet;
    private ProfileEditorViewModel editing;

    public ProfileScreens(AppServices services, ProfilesListener listener, Overlays overlays) {
        this.services = services;
        this.overlays = overlays;
        this.sheetVm = new ProfilesViewModel(services, listener);
        this.sheet = new ProfilesSheet(sheetVm, new ProfilesSheet.Actions() {
            @Override public void create() { ProfileScreens.this.create(); }

            @Override public void edit(Profile p) { openForm(ProfileEditorViewModel.edit(services, p)); }

            @Override public void duplicate(Profile p) { openForm(ProfileEditorViewModel.duplicate(services, p, copyName(p))); }

            @Override public void rename(Profile p) { ProfileScreens.this.rename(p); }

            @Override public void delete(Profile p) { confirmDelete(p); }

            @Override public void close() { overlays.hideSheet(); }
        });
    }

    /** The side sheet with all saved profiles. */
    public void manage() {
        sheetVm.load(null);
        overlays.showSheet(sheet.root());
        Platform.runLater(sheet::focus);
    }

    /** The form for a saved profile, as Edit in the sheet opens it. */
    public void edit(Profile p) {
        openForm(ProfileEditorViewModel.edit(services, p));
    }

    /** The form for a new profile. */
    public void create() {
        openForm(ProfileEditorViewModel.create(services));
    }

    private void openForm(ProfileEditorViewModel vm) {
        editing = vm;
        String before = vm.original().map(Profile::name).orElse(null);
        ProfileEditorView view = new ProfileEditorView(vm);
        view.setOnSaved(saved -> {
            overlays.closeDialog(view.root());
            sheetVm.saved(saved, vm.mode() == ProfileEditorViewModel.Mode.EDIT ? before : null);
        });
        view.setOnCancel(() -> overlays.closeDialog(view.root()));
        overlays.showDialog(view.root(), () -> {
            vm.dispose();
            if (editing == vm) editing = null;
        });
        Platform.runLater(view::focus);
    }

    private void rename(Profile p) {
        TextField name = new TextField(p.name());
        name.setId("renameField");
        name.setAccessibleText("New name");
        Label problem = problemLabel();
        Button ok = new Button("Rename", Icons.glyph(Feather.CHECK));
        ok.setId("confirmRenameButton");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setDefaultButton(true);
        Node dialog = dialog("renameDialog", "Rename profile " + p.name(), new VBox(8, name, problem), ok);
        ok.setOnAction(e -> sheetVm.rename(p, name.getText(), () -> overlays.closeDialog(dialog), problem::setText));
        overlays.showDialog(dialog, null);
        Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        });
    }

    private void confirmDelete(Profile p) {
        Label text = new Label("Delete profile " + p.name() + "? Its key is removed from " + p.keyRef().describe()
                + (p.keyRef().store() == dev.webhookinspector.core.profile.KeyStoreKind.ENV ? " (the variable itself is left alone)." : " too.")
                + " This cannot be undone.");
        text.setWrapText(true);
        Button ok = new Button("Delete", Icons.glyph(Feather.TRASH_2));
        ok.setId("confirmDeleteButton");
        ok.getStyleClass().add(Styles.DANGER);
        Node dialog = dialog("deleteDialog", "Delete profile", text, ok);
        ok.setOnAction(e -> sheetVm.delete(p, () -> overlays.closeDialog(dialog)));
        overlays.showDialog(dialog, null);
        Platform.runLater(ok::requestFocus);
    }

    private Node dialog(String id, String title, Node body, Button confirm) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        Button cancel = new Button("Cancel");
        cancel.setId(id + "Cancel");
        VBox box = new VBox(16);
        cancel.setOnAction(e -> overlays.closeDialog(box));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(10, gap, cancel, confirm);
        footer.setAlignment(Pos.CENTER_RIGHT);
        box.getChildren().addAll(heading, body, footer);
        box.setId(id);
        box.getStyleClass().add("dialog-card");
        box.setMaxWidth(480);
        box.setPrefWidth(480);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setAccessibleText(title);
        return box;
    }

    private static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().add("form-problem");
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private String copyName(Profile p) {
        return p.name() + "-copy";
    }
}
