package com.promisedesk.ui.notice;

import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.PdfPages.PageImage;
import java.io.File;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Binds the notice screen to its view model; the file chooser and printing start here. */
public final class NoticeView {

    private final NoticeViewModel model;
    private final NoticePrinter printer;

    @FXML private TextArea changedField;
    @FXML private TextArea planField;
    @FXML private ImageView pageImage;
    @FXML private Label pageLabel;
    @FXML private Label standing;
    @FXML private Label message;
    @FXML private Button previewButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button exportButton;
    @FXML private Button printButton;
    @FXML private Button sentButton;
    @FXML private ChoiceBox<ExportFormat> formatChoice;
    @FXML private ProgressIndicator busy;

    public NoticeView(NoticeViewModel model, NoticePrinter printer) {
        this.model = model;
        this.printer = printer;
    }

    @FXML
    private void initialize() {
        changedField.textProperty().bindBidirectional(model.changedProperty());
        planField.textProperty().bindBidirectional(model.planProperty());
        changedField.editableProperty().bind(model.issuedProperty().not());
        planField.editableProperty().bind(model.issuedProperty().not());
        pageLabel.textProperty().bind(model.pageLabelProperty());
        standing.textProperty().bind(model.standingProperty());
        message.textProperty().bind(model.messageProperty());
        busy.visibleProperty().bind(model.busyProperty());
        previewButton.disableProperty().bind(model.issuedProperty().or(model.busyProperty()));
        previousButton.disableProperty().bind(model.pageIndexProperty().isEqualTo(0));
        nextButton.disableProperty().bind(model.pageIndexProperty().greaterThanOrEqualTo(
                model.pageCountProperty().subtract(1)));
        exportButton.disableProperty().bind(model.busyProperty());
        printButton.disableProperty().bind(model.busyProperty());
        sentButton.disableProperty().bind(model.issuedProperty().not().or(model.sentProperty()));
        previewButton.setTooltip(new Tooltip("Keep your words and show the notice as it reads (Ctrl+Enter)"));
        exportButton.setTooltip(new Tooltip("Issue the notice with the promise's next revision and save it (Ctrl+E)"));
        printButton.setTooltip(new Tooltip("Issue the notice with the promise's next revision and print it (Ctrl+P)"));
        sentButton.setTooltip(new Tooltip("Record that the customer has it (Ctrl+M)"));
        formatChoice.setItems(FXCollections.observableArrayList(ExportFormat.values()));
        formatChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat format) {
                return format == null ? "" : format.label();
            }

            @Override
            public ExportFormat fromString(String text) {
                return null;
            }
        });
        formatChoice.setValue(ExportFormat.PDF);
        model.pageProperty().addListener((o, before, after) -> pageImage.setImage(after == null ? null : image(after)));
    }

    /** Where the keyboard goes when the screen opens: the plan, the one thing the rep must write. */
    public javafx.scene.Node focusTarget() {
        return planField;
    }

    static WritableImage image(PageImage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }

    @FXML
    void preview() {
        model.preview();
    }

    @FXML
    private void previous() {
        model.go(model.pageIndexProperty().get() - 1);
    }

    @FXML
    private void next() {
        model.go(model.pageIndexProperty().get() + 1);
    }

    @FXML
    void export() {
        ExportFormat format = formatChoice.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the notice as " + format.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        chooser.setInitialFileName("notice." + format.extension());
        File file = chooser.showSaveDialog(pageImage.getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    @FXML
    void print() {
        model.printIssued(pdf -> printer.print(pdf, model, pageImage.getScene().getWindow()));
    }

    @FXML
    void markSent() {
        model.markSent();
    }
}
