package com.promisedesk.ui.notice;

import com.promisedesk.export.ExportFormat;
import com.promisedesk.export.Layout;
import com.promisedesk.export.Notice;
import com.promisedesk.export.NoticeExport;
import com.promisedesk.export.PdfPages;
import com.promisedesk.export.PdfPages.PageImage;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.ui.Threads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The notice screen: the rep's words (what changed, our plan) beside the notice's own pages.
 * Preview keeps the words as the draft and lays the PDF out in the background; export and print
 * issue the notice first (with the promise's next revision), which is refused, in plain words,
 * without a plan; mark sent records it. What is previewed is what is exported and printed.
 */
public final class NoticeViewModel {

    static final float PREVIEW_DPI = 96f;

    private final NoticeDesk desk;
    private final Layout layout;
    private final Threads threads;
    private Notice notice;
    private byte[] pdf;
    private int generation;

    private final StringProperty changed = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final ObjectProperty<PageImage> page = new SimpleObjectProperty<>();
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final StringProperty pageLabel = new SimpleStringProperty("Drafting the notice…");
    private final StringProperty standing = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("Customer notice");
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final BooleanProperty issued = new SimpleBooleanProperty(false);
    private final BooleanProperty sent = new SimpleBooleanProperty(false);

    public NoticeViewModel(NoticeDesk desk, Layout layout, Threads threads) {
        this.desk = desk;
        this.layout = layout;
        this.threads = threads;
    }

    /** Opens the promise's notice (its draft, or a new one) and lays out its first page. */
    public void load() {
        run(desk::open, "Could not draft the notice: ", true);
    }

    /** Keeps the rep's words as the draft and shows the notice as it now reads. */
    public void preview() {
        if (issued.get()) {
            message.set("This notice is issued: what it says is fixed. Draft a new notice for a further change.");
            return;
        }
        String words = changed.get();
        String ours = plan.get();
        run(() -> desk.keep(words, ours), "Could not keep the draft: ", false, kept -> message.set("Draft kept."));
    }

    /** Issues the notice (unless it is already) and writes it in {@code format} to {@code file}. */
    public void export(ExportFormat format, Path file) {
        whenIssued(done -> {
            threads.load(() -> {
                try {
                    Files.write(file, NoticeExport.render(format, done, layout));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return file;
            }, saved -> message.set("Saved " + format.label() + " to " + saved + ". Mark it sent (Ctrl+M) once it is"
                    + " with the customer."), failure -> message.set("Could not save " + file + ": " + reason(failure)));
        });
    }

    /** Issues the notice (unless it is already) and hands its PDF to {@code print}, on the FX thread. */
    public void printIssued(java.util.function.Consumer<byte[]> print) {
        whenIssued(done -> print.accept(pdf.clone()));
    }

    /** Records that the issued notice was sent to the customer. */
    public void markSent() {
        if (!issued.get()) {
            message.set("Export or print the notice first: that issues it with the promise's next revision.");
            return;
        }
        busy.set(true);
        threads.load(desk::markSent, when -> {
            busy.set(false);
            sent.set(true);
            standing.set(standing.get() + " · " + when);
            message.set("Marked " + when + ".");
        }, failure -> {
            busy.set(false);
            message.set("Could not mark it sent: " + reason(failure));
        });
    }

    /** The plan is checked here too, so the rep reads why before anything is written. */
    private void whenIssued(java.util.function.Consumer<Notice> then) {
        if (issued.get()) {
            then.accept(notice);
            return;
        }
        if (plan.get() == null || plan.get().isBlank()) {
            message.set("Write our plan first: a notice is not issued without one. The customer needs to read what we"
                    + " will do about it, not only that something went wrong.");
            return;
        }
        String words = changed.get();
        String ours = plan.get();
        message.set("Issuing the notice with the promise's next revision…");
        run(() -> desk.issue(words, ours), "Could not issue the notice: ", false, then);
    }

    private void run(java.util.function.Supplier<Notice> work, String failed, boolean takeWords) {
        run(work, failed, takeWords, done -> { });
    }

    private void run(java.util.function.Supplier<Notice> work, String failed, boolean takeWords,
                     java.util.function.Consumer<Notice> then) {
        int mine = ++generation;
        busy.set(true);
        threads.load(() -> {
            Notice made = work.get();
            byte[] bytes = NoticeExport.render(ExportFormat.PDF, made, layout);
            try (PdfPages pages = PdfPages.open(bytes)) {
                return new Laid(made, bytes, pages.count(), pages.render(0, PREVIEW_DPI));
            }
        }, laid -> {
            if (mine != generation) {
                return;
            }
            show(laid, takeWords);
            then.accept(laid.notice());
        }, failure -> {
            busy.set(false);
            message.set(failed + reason(failure));
        });
    }

    private void show(Laid laid, boolean takeWords) {
        notice = laid.notice();
        pdf = laid.pdf();
        if (takeWords) {
            changed.set(notice.changed());
            plan.set(notice.plan() == null ? "" : notice.plan());
        }
        issued.set(notice.issued());
        Notice.Header h = notice.header();
        title.set("Notice · " + h.customer() + " · " + h.title());
        standing.set(notice.issued() ? "Issued with revision " + h.revision() + " · SHA-256 "
                + notice.fingerprint().substring(0, 12) + "…" : "Draft, not issued");
        pageCount.set(laid.count());
        pageIndex.set(0);
        page.set(laid.first());
        pageLabel.set("Page 1 of " + laid.count());
        busy.set(false);
    }

    /** Page {@code index} (from 0) of the laid-out notice. */
    public void go(int index) {
        if (pdf == null || index < 0 || index >= pageCount.get()) {
            return;
        }
        byte[] bytes = pdf;
        threads.load(() -> {
            try (PdfPages pages = PdfPages.open(bytes)) {
                return pages.render(index, PREVIEW_DPI);
            }
        }, image -> {
            pageIndex.set(index);
            page.set(image);
            pageLabel.set("Page " + (index + 1) + " of " + pageCount.get());
        }, failure -> message.set("Could not draw the page: " + reason(failure)));
    }

    public void printing(String outcome) {
        message.set(outcome);
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException && failure.getCause() != null ? failure.getCause()
                : failure;
        return FailureWords.describe(cause);
    }

    private record Laid(Notice notice, byte[] pdf, int count, PageImage first) {
    }

    public StringProperty changedProperty() {
        return changed;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public ObjectProperty<PageImage> pageProperty() {
        return page;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel;
    }

    public ReadOnlyStringProperty standingProperty() {
        return standing;
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

    public BooleanProperty issuedProperty() {
        return issued;
    }

    public BooleanProperty sentProperty() {
        return sent;
    }
}
