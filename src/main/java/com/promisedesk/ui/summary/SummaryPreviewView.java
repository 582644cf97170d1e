package com.promisedesk.ui.summary;

import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Paper;
import com.promisedesk.export.PdfPages.PageImage;
import java.io.File;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Binds the summary preview window to its view model; the file chooser and printing start here. */
public final class SummaryPreviewView {

    private final SummaryPreviewViewModel model;
    private final SummaryPrinter printer;

    @FXML private ImageView pageImage;
    @FXML private Label pageLabel;
    @FXML private Label message;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button exportButton;
    @FXML private Button printButton;
    @FXML private ChoiceBox<ExportFormat> formatChoice;
    @FXML private ChoiceBox<Paper> paperChoice;
    @FXML private ProgressIndicator busy;

    public SummaryPreviewView(SummaryPreviewViewModel model, SummaryPrinter printer) {
        this.model = model;
        this.printer = printer;
    }

    @FXML
    private void initialize() {
        pageLabel.textProperty().bind(model.pageLabelProperty());
        message.textProperty().bind(model.messageProperty());
        busy.visibleProperty().bind(model.busyProperty());
        previousButton.disableProperty().bind(model.cannotGoBack().or(model.busyProperty()));
        nextButton.disableProperty().bind(model.cannotGoOn().or(model.busyProperty()));
        printButton.disableProperty().bind(model.pageCountProperty().isEqualTo(0));
        exportButton.disableProperty().bind(model.pageCountProperty().isEqualTo(0));
        formatChoice.setItems(FXCollections.observableArrayList(ExportFormat.values()));
        formatChoice.setConverter(converter(ExportFormat::label, ExportFormat.values()));
        formatChoice.setValue(ExportFormat.PDF);
        paperChoice.setItems(FXCollections.observableArrayList(Paper.values()));
        paperChoice.setConverter(converter(Paper::label, Paper.values()));
        paperChoice.valueProperty().bindBidirectional(model.paperProperty());
        model.pageProperty().addListener((observable, before, after) -> pageImage.setImage(after == null ? null
                : image(after)));
    }

    static WritableImage image(PageImage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }

    @FXML
    private void previous() {
        model.previous();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void export() {
        ExportFormat format = formatChoice.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the summary as " + format.label());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        chooser.setInitialFileName("summary." + format.extension());
        File file = chooser.showSaveDialog(pageImage.getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    @FXML
    private void print() {
        printer.print(model, pageImage.getScene().getWindow());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label, T[] values) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                for (T value : values) {
                    if (label.apply(value).equals(text)) {
                        return value;
                    }
                }
                return null;
            }
        };
    }
}
