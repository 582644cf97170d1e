package com.promisedesk.ui.summary;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Paper;
import com.promisedesk.export.PdfPages;
import com.promisedesk.export.PdfPages.PageImage;
import com.promisedesk.export.Summary;
import com.promisedesk.ui.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The preview of a written summary: builds it and lays out its PDF in the background,
 * shows one page at a time ("Page x of y"), exports it and says plainly what happened.
 * The pages shown are the PDF's own, so what is previewed is what is exported and printed.
 */
public final class SummaryPreviewViewModel {

    /** Preview pages at 96 dpi: one screen pixel per CSS pixel on a standard display. */
    static final float PREVIEW_DPI = 96f;

    private final Supplier<Summary> source;
    private final Threads threads;
    private Summary summary;
    private byte[] pdf;
    private int generation;

    private final ObjectProperty<Paper> paper;
    private final Layout baseLayout;
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final ObjectProperty<PageImage> page = new SimpleObjectProperty<>();
    private final StringProperty pageLabel = new SimpleStringProperty("Laying out the pages…");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("Written summary");
    private final BooleanProperty busy = new SimpleBooleanProperty(true);

    /**
     * @param source builds the summary; called in the background (it runs the checker)
     * @param layout the locale and default paper
     */
    public SummaryPreviewViewModel(Supplier<Summary> source, Layout layout, Threads threads) {
        this.source = source;
        this.threads = threads;
        this.baseLayout = layout;
        this.paper = new SimpleObjectProperty<>(layout.paper());
        paper.addListener((observable, before, after) -> lay());
    }

    /**
     * Tells the rep, before printing, which of the catalog's texts the summary shows in English
     * because the catalog does not translate them into the customer's language.
     */
    public void markUntranslated(java.util.List<String> missing) {
        if (!missing.isEmpty()) {
            message.set("Not translated, so in English on this summary: " + missing.size()
                    + (missing.size() == 1 ? " text. " : " texts. ") + String.join("; ", missing));
        }
    }

    /** Builds the summary and lays out its pages; the first page is shown when ready. */
    public void load() {
        lay();
    }

    private void lay() {
        int mine = ++generation;
        busy.set(true);
        Layout layout = layout();
        threads.load(() -> {
            Summary built = summary != null ? summary : source.get();
            byte[] bytes = ExportFormat.PDF.render(built, layout);
            try (PdfPages pages = PdfPages.open(bytes)) {
                return new Laid(built, bytes, pages.count(), pages.render(0, PREVIEW_DPI));
            }
        }, laid -> {
            if (mine != generation) {
                return;
            }
            summary = laid.summary();
            pdf = laid.pdf();
            title.set("Summary · " + summary.header().customer() + " · " + summary.header().title());
            pageCount.set(laid.count());
            pageIndex.set(0);
            show(0, laid.first());
        }, this::failed);
    }

    private record Laid(Summary summary, byte[] pdf, int count, PageImage first) {
    }

    public Layout layout() {
        return new Layout(baseLayout.locale(), paper.get());
    }

    public void next() {
        go(pageIndex.get() + 1);
    }

    public void previous() {
        go(pageIndex.get() - 1);
    }

    private void go(int index) {
        if (pdf == null || index < 0 || index >= pageCount.get() || index == pageIndex.get()) {
            return;
        }
        byte[] bytes = pdf;
        int mine = generation;
        pageIndex.set(index);
        busy.set(true);
        threads.load(() -> {
            try (PdfPages pages = PdfPages.open(bytes)) {
                return pages.render(index, PREVIEW_DPI);
            }
        }, image -> {
            if (mine == generation && pageIndex.get() == index) {
                show(index, image);
            }
        }, this::failed);
    }

    private void show(int index, PageImage image) {
        page.set(image);
        pageLabel.set("Page " + (index + 1) + " of " + pageCount.get());
        busy.set(false);
    }

    /** Writes the summary in {@code format} to {@code file}, in the background. */
    public void export(ExportFormat format, Path file) {
        if (summary == null) {
            message.set("The summary is still being laid out; try again in a moment.");
            return;
        }
        Summary current = summary;
        byte[] laidOut = pdf;
        Layout layout = layout();
        message.set("Saving " + file.getFileName() + "…");
        threads.load(() -> {
            byte[] bytes = format == ExportFormat.PDF ? laidOut : format.render(current, layout);
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }, saved -> message.set("Saved " + format.label() + " to " + saved),
                failure -> message.set("Could not save " + file + ": " + reason(failure)));
    }

    /** The laid-out PDF, for printing the very same pages; {@code null} until laid out. */
    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }

    /** JavaFX found no printer: say so instead of doing nothing. */
    public void noPrinter() {
        message.set("No printer is set up on this computer. Export a PDF and print it from another device.");
    }

    public void printing(boolean started, String outcome) {
        message.set(outcome);
        busy.set(started);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        pageLabel.set("");
        message.set("Could not lay out the summary: " + reason(failure));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause() : failure;
        return FailureWords.describe(cause);
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ObjectProperty<PageImage> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding cannotGoBack() {
        return Bindings.createBooleanBinding(() -> pageIndex.get() <= 0, pageIndex);
    }

    public BooleanBinding cannotGoOn() {
        return Bindings.createBooleanBinding(() -> pageIndex.get() >= pageCount.get() - 1, pageIndex, pageCount);
    }
}
