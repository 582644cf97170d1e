package com.promisedesk.ui.summary;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.export.PdfPages;
import com.promisedesk.ui.Threads;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Prints the PDF's own pages through the system print dialog. The dialog runs on the FX
 * thread; the pages are drawn and sent in the background (JavaFX allows printing nodes
 * that are not in a shown scene from any thread).
 */
public final class SummaryPrinter {

    /** Print resolution: sharp text without pages of hundreds of megabytes. */
    static final float PRINT_DPI = 200f;

    private final Threads threads;

    public SummaryPrinter(Threads threads) {
        this.threads = threads;
    }

    public void print(SummaryPreviewViewModel model, Window owner) {
        byte[] pdf = model.pdf();
        if (pdf == null) {
            model.printing(false, "The summary is still being laid out; try again in a moment.");
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.noPrinter();
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            model.printing(false, "Printing cancelled.");
            return;
        }
        model.printing(true, "Printing…");
        threads.load(() -> send(job, pdf), pages -> model.printing(false, "Sent " + pages + " pages to "
                + job.getPrinter().getName() + "."), failure -> {
                    job.cancelJob();
                    model.printing(false, "Printing failed: " + FailureWords.describe(failure));
                });
    }

    /** Draws and sends the pages of {@code pdf} (in the background); the notice screen prints the same way. */
    public static int send(PrinterJob job, byte[] pdf) {
        try (PdfPages pages = PdfPages.open(pdf)) {
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int i = 0; i < pages.count(); i++) {
                ImageView page = new ImageView(SummaryPreviewView.image(pages.render(i, PRINT_DPI)));
                page.setPreserveRatio(true);
                page.setFitWidth(layout.getPrintableWidth());
                page.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, page)) {
                    throw new IllegalStateException("the printer refused page " + (i + 1));
                }
            }
            if (!job.endJob()) {
                throw new IllegalStateException("the printer did not finish the job");
            }
            return pages.count();
        }
    }
}
