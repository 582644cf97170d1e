package com.promisedesk.export;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A customer notice as PDF: its paged HTML laid out with the summary's embedded fonts. */
public final class PdfNotice {

    private PdfNotice() {
    }

    public static byte[] render(Notice notice, Layout layout) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        try (PdfBoxRenderer renderer = PdfSummary.builder(HtmlNotice.renderPaged(notice, layout), pdf).buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDF();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the PDF notice of " + notice.header().title(), e);
        }
    }
}
