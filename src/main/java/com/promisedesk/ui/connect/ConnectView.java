package com.promisedesk.ui.connect;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * Binds the Connect screen to its view model: a connection code (or an address and a token), Connect
 * (Enter in any field), the check's progress and its one sentence under the field, and once connected
 * the address, the user and role, and Sign out. Esc works offline.
 */
public final class ConnectView {

    private final ConnectViewModel model;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label intro;
    @FXML private javafx.scene.layout.HBox messageRow;
    @FXML private VBox form;
    @FXML private VBox codeForm;
    @FXML private VBox addressForm;
    @FXML private TextField codeField;
    @FXML private TextField addressField;
    @FXML private PasswordField tokenField;
    @FXML private ProgressIndicator connectProgress;
    @FXML private Label connectMessage;
    @FXML private Button connectButton;
    @FXML private Hyperlink switchForm;
    @FXML private Button workOffline;
    @FXML private VBox connectedPane;
    @FXML private Label connectedServer;
    @FXML private Label connectedWho;
    @FXML private Button signOut;

    private final boolean section;

    /** The Connect screen of the shell: a first-run step, with "Work offline for now". */
    public ConnectView(ConnectViewModel model) {
        this(model, false);
    }

    private ConnectView(ConnectViewModel model, boolean section) {
        this.model = model;
        this.section = section;
    }

    /**
     * The same view as a section of another screen (Settings' "Central store"): no screen title, no
     * padding of a screen, and no "Work offline for now" (there is nothing to skip there). Give it the
     * shell's {@link ConnectViewModel}, so that both views and the Sync screen show one connection.
     */
    public static ConnectView asSection(ConnectViewModel model) {
        return new ConnectView(model, true);
    }

    @FXML
    private void initialize() {
        codeField.textProperty().bindBidirectional(model.codeProperty());
        addressField.textProperty().bindBidirectional(model.addressProperty());
        tokenField.textProperty().bindBidirectional(model.tokenProperty());
        for (TextField field : new TextField[] {codeField, addressField, tokenField}) {
            field.setOnAction(event -> model.connect());
            field.disableProperty().bind(model.checkingProperty());
        }
        show(codeForm, model.byAddressProperty().not());
        show(addressForm, model.byAddressProperty());
        show(form, model.connectedProperty().not());
        show(connectedPane, model.connectedProperty());
        show(connectProgress, model.checkingProperty());
        title.textProperty().bind(Bindings.when(model.connectedProperty()).then("Central store")
                .otherwise("Connect to the central store"));
        intro.textProperty().bind(Bindings.when(model.byAddressProperty()).then(INTRO_APART).otherwise(INTRO_CODE));
        connectMessage.textProperty().bind(model.messageProperty());
        show(connectMessage, model.messageProperty().isNotEmpty());
        show(messageRow, model.messageProperty().isNotEmpty().or(model.checkingProperty()));
        if (section) {
            root.getStyleClass().remove("screen");
            title.setVisible(false);
            title.setManaged(false);
            workOffline.setVisible(false);
            workOffline.setManaged(false);
        }
        model.checkingProperty().addListener((o, was, now) -> {
            if (!now && !model.connectedProperty().get() && shown(root)) {
                focusTarget().requestFocus(); // back where the rep fixes what the message says
            }
        });
        model.failedProperty().addListener((o, was, now) -> connectMessage.pseudoClassStateChanged(FAILED, now));
        connectMessage.pseudoClassStateChanged(FAILED, model.failedProperty().get());
        connectButton.setOnAction(event -> model.connect());
        connectButton.disableProperty().bind(model.checkingProperty());
        connectButton.setTooltip(new Tooltip("Check and remember the connection (Enter)"));
        switchForm.textProperty().bind(Bindings.when(model.byAddressProperty())
                .then("Use a connection code instead").otherwise("Address and token instead"));
        switchForm.setOnAction(event -> {
            model.byAddressProperty().set(!model.byAddressProperty().get());
            switchForm.setVisited(false);
            focusTarget().requestFocus();
        });
        workOffline.setOnAction(event -> model.workOffline());
        workOffline.setTooltip(new Tooltip("Leave this for later: connect from the Sync screen (Esc)"));
        connectedServer.textProperty().bind(Bindings.concat("Connected to ", model.serverProperty()));
        connectedWho.textProperty().bind(Bindings.concat("as ", model.whoProperty()));
        show(connectedWho, model.whoProperty().isNotEmpty());
        signOut.setOnAction(event -> model.signOut());
        root.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !section && !model.connectedProperty().get()) {
                event.consume();
                model.workOffline();
            }
        });
    }

    private static final String INTRO_CODE = "Paste the connection code IT sent you: one line that holds the central"
            + " store's address and your token. It is checked before anything is kept, and the first sync brings"
            + " the catalog.";
    private static final String INTRO_APART = "Give the central store's address and the token IT sent you. They are"
            + " checked before anything is kept, and the first sync brings the catalog.";

    private static final javafx.css.PseudoClass FAILED = javafx.css.PseudoClass.getPseudoClass("failed");

    /** Shown now: another view of the same model (hidden on another screen) must not take the keyboard. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    /** Where the keyboard goes when the screen is shown: the field to type into, or Sign out. */
    public Node focusTarget() {
        if (model.connectedProperty().get()) {
            return signOut;
        }
        return model.byAddressProperty().get() ? addressField : codeField;
    }
}
