package com.promisedesk.ui.notice;

import com.promisedesk.failure.FailureWords;
import com.promisedesk.ui.Threads;
import com.promisedesk.ui.summary.SummaryPrinter;
import javafx.print.PrinterJob;
import javafx.stage.Window;

/** Prints the notice's own PDF pages through the system print dialog, as the summary's are printed. */
public final class NoticePrinter {

    private final Threads threads;

    public NoticePrinter(Threads threads) {
        this.threads = threads;
    }

    void print(byte[] pdf, NoticeViewModel model, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.printing("No printer is set up on this computer. Export a PDF and print it from another device.");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            model.printing("Printing cancelled.");
            return;
        }
        model.printing("Printing…");
        threads.load(() -> SummaryPrinter.send(job, pdf), pages -> model.printing("Sent " + pages + " pages to "
                + job.getPrinter().getName() + ". Mark it sent (Ctrl+M) once it is with the customer."), failure -> {
                    job.cancelJob();
                    model.printing("Printing failed: " + FailureWords.describe(failure));
                });
    }
}
