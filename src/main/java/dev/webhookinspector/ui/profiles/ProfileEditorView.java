package dev.webhookinspector.ui.profiles;

import atlantafx.base.controls.PasswordTextField;
import atlantafx.base.theme.Styles;
import dev.webhookinspector.core.profile.KeyStoreKind;
import dev.webhookinspector.core.provider.Provider;
import dev.webhookinspector.core.provider.Providers;
import dev.webhookinspector.ui.Icons;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The profile form, shown as a dialog: name, provider, base URL, options, key store and key, test. */
public final class ProfileEditorView {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");

    private final ProfileEditorViewModel vm;
    private final VBox root;
    private final TextField nameField = new TextField();
    private final GridPane grid = new GridPane();
    private final java.util.List<Node[]> fixedRows = new java.util.ArrayList<>();
    private final Map<KeyStoreKind, RadioButton> storeButtons = new EnumMap<>(KeyStoreKind.class);
    private final Map<KeyStoreKind, Label> storeDetails = new EnumMap<>(KeyStoreKind.class);

    private Consumer<String> onSaved = name -> { };
    private Runnable onCancel = () -> { };

    public ProfileEditorView(ProfileEditorViewModel vm) {
        this.vm = vm;
        Label title = new Label(vm.title());
        title.getStyleClass().add(Styles.TITLE_3);
        Button close = new Button(null, Icons.glyph(Feather.X));
        close.setId("closeProfileEditorButton");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setAccessibleText("Close the profile form");
        close.setOnAction(e -> onCancel.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, close);
        header.setAlignment(Pos.CENTER_LEFT);

        nameField.setId("profileNameField");
        nameField.setPromptText("production");
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        nameField.setAccessibleText("Profile name");

        ComboBox<Provider> provider = new ComboBox<>();
        provider.setId("providerChoice");
        provider.getItems().setAll(Providers.all());
        provider.valueProperty().bindBidirectional(vm.providerProperty());
        provider.setCellFactory(l -> new ProviderCell());
        provider.setButtonCell(new ProviderCell());
        provider.setMaxWidth(Double.MAX_VALUE);
        provider.setAccessibleText("Provider");
        provider.setDisable(vm.mode() == ProfileEditorViewModel.Mode.EDIT);

        TextField baseUrl = new TextField();
        baseUrl.setId("baseUrlField");
        baseUrl.textProperty().bindBidirectional(vm.baseUrlProperty());
        baseUrl.promptTextProperty().bind(Bindings.createStringBinding(() -> vm.providerProperty().get() == null ? ""
                : vm.providerProperty().get().defaultBaseUrl().toString(), vm.providerProperty()));
        baseUrl.setAccessibleText("Base URL");
        Label baseHint = hint("Leave empty for the provider's own API; set it for a gateway or proxy.");

        ToggleGroup stores = new ToggleGroup();
        VBox storeBox = new VBox(8);
        TextField envVariable = new TextField();
        envVariable.setId("envVariableField");
        envVariable.setPromptText("ULTRAVOX_API_KEY");
        envVariable.textProperty().bindBidirectional(vm.envVariableProperty());
        envVariable.setAccessibleText("Environment variable name");
        envVariable.disableProperty().bind(vm.storeProperty().isNotEqualTo(KeyStoreKind.ENV));
        for (KeyStoreKind kind : KeyStoreKind.values()) {
            RadioButton b = new RadioButton();
            b.setId(switch (kind) {
                case KEYRING -> "storeKeyring";
                case VAULT -> "storeVault";
                case ENV -> "storeEnv";
            });
            b.setToggleGroup(stores);
            b.setUserData(kind);
            b.setSelected(vm.storeProperty().get() == kind);
            storeButtons.put(kind, b);
            Label detail = hint("");
            detail.setId(b.getId() + "Detail");
            storeDetails.put(kind, detail);
            VBox entry = new VBox(3, b, detail);
            if (kind == KeyStoreKind.ENV) entry.getChildren().add(envVariable);
            for (Node n : entry.getChildren()) if (n != b) VBox.setMargin(n, new Insets(0, 0, 0, 28));
            storeBox.getChildren().add(entry);
        }
        stores.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n != null) vm.storeProperty().set((KeyStoreKind) n.getUserData());
        });
        vm.storeProperty().addListener((obs, o, n) -> storeButtons.get(n).setSelected(true));
        vm.stores().addListener((ListChangeListener<StoreChoice>) c -> updateStoreLabels());
        updateStoreLabels();

        PasswordTextField key = new PasswordTextField();
        key.setId("apiKeyField");
        key.promptTextProperty().bind(Bindings.createStringBinding(() -> !vm.keyAddressNoteProperty().get().isEmpty() ? "Paste the key for the new address"
                : vm.keyHint().isEmpty() ? "Paste the API key" : vm.keyHint(), vm.keyAddressNoteProperty()));
        key.setAccessibleText("API key");
        key.passwordProperty().addListener((obs, o, n) -> vm.apiKeyProperty().set(n));
        vm.apiKeyProperty().addListener((obs, o, n) -> { if (n.isEmpty() && !key.getPassword().isEmpty()) key.setText(""); });
        ToggleButton reveal = new ToggleButton(null, Icons.glyph(Feather.EYE));
        reveal.setId("revealKeyButton");
        reveal.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reveal.setFocusTraversable(true);
        reveal.selectedProperty().addListener((obs, o, shown) -> {
            key.setRevealPassword(shown);
            reveal.setGraphic(Icons.glyph(shown ? Feather.EYE_OFF : Feather.EYE));
            reveal.setAccessibleText(shown ? "Hide the API key" : "Show the API key");
            reveal.getTooltip().setText(shown ? "Hide the key" : "Show the key");
        });
        reveal.setAccessibleText("Show the API key");
        reveal.setTooltip(new Tooltip("Show the key"));
        key.setRight(reveal);
        key.disableProperty().bind(vm.storeProperty().isEqualTo(KeyStoreKind.ENV));
        Label keyHint = hint("");
        keyHint.textProperty().bind(Bindings.createStringBinding(() -> vm.storeProperty().get() == KeyStoreKind.ENV
                ? "The key is read from the variable each time; it is never stored."
                : vm.keyHint().isEmpty() ? "Stored in the chosen key store, never in the profiles file." : vm.keyHint(), vm.storeProperty()));
        keyHint.visibleProperty().bind(vm.keyAddressNoteProperty().isEmpty());
        keyHint.managedProperty().bind(keyHint.visibleProperty());
        Label keyAddressNote = hint("");
        keyAddressNote.setId("keyAddressNote");
        keyAddressNote.getStyleClass().add(Styles.WARNING);
        keyAddressNote.setGraphic(Icons.glyph(Feather.ALERT_TRIANGLE));
        keyAddressNote.textProperty().bind(vm.keyAddressNoteProperty());
        keyAddressNote.visibleProperty().bind(vm.keyAddressNoteProperty().isNotEmpty());
        keyAddressNote.managedProperty().bind(keyAddressNote.visibleProperty());

        TextField note = new TextField();
        note.setId("noteField");
        note.setPromptText("Optional");
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.setAccessibleText("Note");

        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        fixedRows.add(new Node[] {label("Name", nameField), nameField});
        fixedRows.add(new Node[] {label("Provider", provider), provider});
        fixedRows.add(new Node[] {label("Base URL", baseUrl), new VBox(4, baseUrl, baseHint)});
        fixedRows.add(new Node[] {label("Key store", storeBox), storeBox});
        fixedRows.add(new Node[] {label("API key", key), new VBox(4, key, keyHint, keyAddressNote)});
        fixedRows.add(new Node[] {label("Note", note), note});
        vm.options().addListener((ListChangeListener<ProfileEditorViewModel.OptionField>) c -> layoutGrid());
        layoutGrid();

        Button test = new Button("Test connection", Icons.glyph(Feather.ZAP));
        test.setId("testConnectionButton");
        test.setOnAction(e -> {
            if (vm.testingProperty().get()) vm.cancelTest();
            else vm.testConnection();
        });
        test.textProperty().bind(Bindings.when(vm.testingProperty()).then("Cancel test").otherwise("Test connection"));
        ProgressIndicator testing = new ProgressIndicator();
        testing.setPrefSize(18, 18);
        testing.visibleProperty().bind(vm.testingProperty());
        testing.managedProperty().bind(testing.visibleProperty());
        Label testResult = new Label();
        testResult.setId("testResult");
        testResult.setWrapText(true);
        testResult.setMinHeight(Region.USE_PREF_SIZE);
        testResult.textProperty().bind(vm.testMessageProperty());
        testResult.getStyleClass().add("test-result");
        vm.testOutcomeProperty().addListener((obs, o, n) -> {
            testResult.pseudoClassStateChanged(DANGER, n == ProfileEditorViewModel.TestOutcome.FAILED);
            testResult.pseudoClassStateChanged(SUCCESS, n == ProfileEditorViewModel.TestOutcome.OK);
        });
        HBox.setHgrow(testResult, Priority.ALWAYS);
        HBox testRow = new HBox(10, testing, testResult);
        testRow.setAlignment(Pos.CENTER_LEFT);
        testRow.visibleProperty().bind(vm.testMessageProperty().isNotEmpty());
        testRow.managedProperty().bind(testRow.visibleProperty());

        Label problem = new Label();
        problem.setId("profileProblem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setGraphic(Icons.glyph(Feather.ALERT_CIRCLE));

        Button cancel = new Button("Cancel");
        cancel.setId("cancelProfileButton");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> onCancel.run());
        Button save = new Button("Save", Icons.glyph(Feather.CHECK));
        save.setId("saveProfileButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save(name -> onSaved.accept(name)));
        Region footerGap = new Region();
        HBox.setHgrow(footerGap, Priority.ALWAYS);
        // Test sits with Save and Cancel, so it is on screen however long the form grows.
        HBox footer = new HBox(10, test, footerGap, cancel, save);
        footer.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setPadding(new Insets(2));
        VBox.setVgrow(scroll, Priority.ALWAYS);

        root = new VBox(16, header, scroll, testRow, problem, footer);
        root.setId("profileEditor");
        root.getStyleClass().add("dialog-card");
        root.setPrefWidth(620);
        root.setMaxWidth(620);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        root.setAccessibleText(vm.title());
        vm.loadStores();
    }

    public Node root() { return root; }

    /** What happens once the profile layer saved the profile; gets its name. */
    public void setOnSaved(Consumer<String> action) { onSaved = action; }

    /** What Cancel and the close button do. */
    public void setOnCancel(Runnable action) { onCancel = action; }

    public void focus() {
        nameField.requestFocus();
        nameField.selectAll();
    }

    /** Lays the form out again: the option rows depend on the provider. */
    private void layoutGrid() {
        grid.getChildren().clear();
        int row = 0;
        for (Node[] r : fixedRows.subList(0, 3)) grid.addRow(row++, r);
        for (ProfileEditorViewModel.OptionField f : vm.options()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("option-" + f.option().key());
            box.setEditable(true);
            box.getItems().setAll(f.option().knownValues());
            box.setValue(f.value().get());
            box.valueProperty().addListener((obs, o, n) -> f.value().set(n));
            box.getEditor().textProperty().addListener((obs, o, n) -> f.value().set(n));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setAccessibleText(f.option().label());
            grid.addRow(row++, label(f.option().label(), box), new VBox(4, box, hint(f.option().help())));
        }
        for (Node[] r : fixedRows.subList(3, fixedRows.size())) grid.addRow(row++, r);
        for (Node n : grid.getChildren()) GridPane.setValignment(n, javafx.geometry.VPos.TOP);
    }

    private void updateStoreLabels() {
        for (StoreChoice s : vm.stores()) {
            RadioButton b = storeButtons.get(s.kind());
            b.setText(s.label() + (s.available() ? "" : " (not available here)"));
            b.setDisable(!s.available() && vm.storeProperty().get() != s.kind());
            Label detail = storeDetails.get(s.kind());
            detail.setText(capitalized(s.detail()));
            detail.setVisible(!s.detail().isBlank());
            detail.setManaged(detail.isVisible());
            b.setAccessibleText(s.label() + (s.available() ? "" : ", not available: " + s.detail()));
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + (s.endsWith(".") ? "" : ".");
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setLabelFor(target);
        l.getStyleClass().add("form-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }

    /** A provider with its mark. */
    static final class ProviderCell extends ListCell<Provider> {
        @Override protected void updateItem(Provider item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                setText(item.displayName());
                setGraphic(Icons.providerMark(item.id(), 16));
            }
        }
    }
}
