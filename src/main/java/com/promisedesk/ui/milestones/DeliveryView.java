package com.promisedesk.ui.milestones;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Binds the Delivery screen of one agreed promise to its view model: the lines (D, C, W on the
 * selected one), the history, and the milestones section included beside them. Escape or Back
 * returns to the list.
 */
public final class DeliveryView {

    private final DeliveryViewModel model;
    private final String heading;
    private final Runnable back;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label deliveryStatus;
    @FXML private Label message;
    @FXML private Button backButton;
    @FXML private TableView<DeliveryViewModel.LineItem> lineTable;
    @FXML private TableColumn<DeliveryViewModel.LineItem, String> numberColumn;
    @FXML private TableColumn<DeliveryViewModel.LineItem, String> whatColumn;
    @FXML private TableColumn<DeliveryViewModel.LineItem, String> promisedColumn;
    @FXML private TableColumn<DeliveryViewModel.LineItem, DeliveryViewModel.LineItem> stateColumn;
    @FXML private TableColumn<DeliveryViewModel.LineItem, String> lateColumn;
    @FXML private TextField onField;
    @FXML private TextField reasonField;
    @FXML private Button deliverButton;
    @FXML private Button cancelButton;
    @FXML private Button withdrawButton;
    @FXML private ListView<String> historyList;
    /** The milestones section included beside the lines (fx:id "milestones"). */
    @FXML private MilestonesView milestonesController;

    public DeliveryView(DeliveryViewModel model, String heading, Runnable back) {
        this.model = model;
        this.heading = heading;
        this.back = back;
    }

    /** Where the keyboard goes when the screen is shown: the lines. */
    public Node focusTarget() {
        return lineTable;
    }

    @FXML
    private void initialize() {
        title.setText("Delivery · " + heading);
        deliveryStatus.textProperty().bind(model.statusProperty());
        message.textProperty().bind(model.messageProperty());
        lineTable.setItems(model.lines());
        numberColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.valueOf(row.getValue().number())));
        whatColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().what()));
        promisedColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().promised()));
        lateColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().daysLate()));
        stateColumn.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyObjectWrapper<>(row.getValue()));
        stateColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(DeliveryViewModel.LineItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.state());
                getStyleClass().remove("late");
                if (!empty && item != null && item.late()) {
                    getStyleClass().add("late");
                }
            }
        });
        historyList.setItems(model.history());
        onField.textProperty().bindBidirectional(model.onProperty());
        reasonField.textProperty().bindBidirectional(model.reasonProperty());
        deliverButton.setOnAction(event -> onSelected(model::deliver));
        cancelButton.setOnAction(event -> onSelected(model::cancel));
        withdrawButton.setOnAction(event -> model.withdraw());
        backButton.setOnAction(event -> back.run());
        lineTable.setOnKeyPressed(this::lineKey);
        // A filter: the table and lists would take Escape for themselves before a handler here heard it.
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            } else if (event.isAltDown() && reach(event.getCode())) {
                event.consume();
            } else if (event.isShortcutDown() && event.getCode() == KeyCode.K) {
                milestonesController.keepProposals();
                event.consume();
            }
        });
        model.refresh();
    }

    private void lineKey(KeyEvent event) {
        switch (event.getCode()) {
            case D -> onSelected(model::deliver);
            case C -> onSelected(model::cancel);
            case W -> model.withdraw();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Alt+L the lines, Alt+O the day, Alt+R the reason. */
    private boolean reach(KeyCode code) {
        Node target = switch (code) {
            case L -> lineTable;
            case O -> onField;
            case R -> reasonField;
            default -> null;
        };
        if (target != null) {
            target.requestFocus();
        }
        return target != null;
    }

    private void onSelected(java.util.function.IntConsumer action) {
        DeliveryViewModel.LineItem selected = lineTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            action.accept(selected.number());
        }
    }
}
