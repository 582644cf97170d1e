package com.promisedesk.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Lays out a one-page summary and draws its page once, so that the rep's first preview in a
 * session finds the PDF stack ready: the classes of the HTML layout, PDFBox and its renderer
 * loaded, the embedded fonts read, the page drawn once. Cold, that first preview took about
 * 3.6 s; warm, 0.15 s (docs/benchmarks.md, "The first summary"). Nothing of it is kept but
 * what the process keeps anyway (loaded classes, the font bytes).
 */
public final class SummaryWarmUp {

    /** The preview's resolution, so the renderer's first page is drawn as the preview draws it. */
    private static final float PREVIEW_DPI = 96f;
    /** The first pass loads; the later ones run what was loaded often enough to be compiled. */
    private static final int PASSES = 3;

    private SummaryWarmUp() {
    }

    /**
     * Lays out and draws the warm-up summary, {@value #PASSES} times so that the compiler has seen
     * the hot paths too; seconds on first call, so never on the FX thread.
     *
     * @return the page as the preview shows it, for warming up the preview window itself
     */
    public static PdfPages.PageImage run() {
        PdfPages.PageImage page = null;
        for (int pass = 0; pass < PASSES; pass++) {
            byte[] pdf = ExportFormat.PDF.render(sample(), Layout.of(Locale.getDefault()));
            try (PdfPages pages = PdfPages.open(pdf)) {
                page = pages.render(0, PREVIEW_DPI);
            }
        }
        return page;
    }

    /** Every part a summary can have once, in every face the PDF embeds (regular, bold, italic, mono). */
    public static Summary sample() {
        LocalDate day = LocalDate.of(2026, 1, 5);
        Summary.Item item = new Summary.Item("Standard onboarding", "Set-up and training", 1, day.plusDays(14),
                List.of("First response: 4 h"));
        Summary.Item later = new Summary.Item("Custom export", null, 2, day.plusDays(40), List.of());
        return new Summary(
                new Summary.Header("PromiseDesk", "Ελληνική Εταιρεία · Компания", "Anna Berg", "Warm-up", day, "Rep",
                        "Draft", null),
                Summary.DRAFT_MARK, List.of(item), List.of(new Summary.Pending(later, day.plusDays(3))),
                List.of(new Summary.Excluded(later, day.plusDays(60))),
                List.of(new Summary.Expectation("Reports every Monday", "Clarified", "Reports every Monday by 9:00",
                        null, List.of("Standard onboarding"))),
                List.of(new Summary.Responsibility("Access to the fleet data", day.plusDays(7),
                        List.of("Standard onboarding"))),
                List.of("Payment within 30 days"), List.of(new Summary.Milestone("Kick-off", day.plusDays(2), false)),
                new Sender("PromiseDesk", "Rep", "rep@example.com", "+1 555 0100"));
    }
}
