package com.promisedesk.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The summary as PDF: the paged HTML laid out by openhtmltopdf, with Liberation Sans
 * embedded (subset) so names in Latin, Greek and Cyrillic print as written. The standard
 * PDF fonts have no Greek or Cyrillic, so nothing falls back to them.
 */
public final class PdfSummary {

    private static final Logger LOG = LoggerFactory.getLogger(PdfSummary.class);
    /** Kept for the process: the font files are read once, not once per document. */
    private static final EmbeddedFonts FONTS = new EmbeddedFonts();

    static {
        // The library logs to java.util.logging (stderr) by default; its diagnostics reach SLF4J below instead.
        XRLog.setLoggingEnabled(false);
    }

    private PdfSummary() {
    }

    public static byte[] render(Summary summary, Layout layout) {
        // Each pass moves one heading that was left behind to a new page; it then cannot be left
        // behind again unless its first row is taller than a page, so the passes end.
        Set<Integer> newPage = new TreeSet<>();
        while (true) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            try (PdfBoxRenderer renderer = builder(HtmlSummary.renderPaged(summary, layout, newPage), pdf)
                    .buildPdfRenderer()) {
                renderer.layout();
                Integer leftBehind = KeepWithFirstRow.firstLeftBehind(renderer);
                if (leftBehind == null || !newPage.add(leftBehind)) {
                    renderer.createPDF();
                    return pdf.toByteArray();
                }
                // Closing the renderer leaves the document of a layout never written open.
                renderer.getPdfDocument().close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not lay out the PDF summary of " + summary.header().title(), e);
            }
        }
    }

    /** The PDF builder with the embedded fonts, for any of our documents (the customer notice too). */
    static PdfRendererBuilder builder(String html, ByteArrayOutputStream pdf) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL);
        font(builder, "LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL);
        font(builder, "LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC);
        font(builder, "LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL);
        builder.withHtmlContent(html, null);
        builder.withProducer("PromiseDesk");
        // Diagnostics go to SLF4J (the library's default is java.util.logging on stderr).
        builder.withDiagnosticConsumer(d -> {
            if (d.hasError()) {
                LOG.warn("PDF layout: {}", d.getFormattedMessage(), d.getError());
            } else {
                LOG.debug("PDF layout: {}", d.getFormattedMessage());
            }
        });
        builder.toStream(pdf);
        return builder;
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> FONTS.open(file), family, weight, style, true);
    }
}
