package com.promisedesk.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a rendered PDF summary as pixels, for the preview and for printing, so both
 * show exactly the pages of the PDF. Opened from the bytes; close it when done. Not
 * thread-safe: render one page at a time.
 */
public final class PdfPages implements AutoCloseable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages open(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the PDF summary back", e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code dpi} dots per inch. */
    public PageImage render(int index, float dpi) {
        try {
            BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
            int width = image.getWidth();
            int height = image.getHeight();
            return new PageImage(width, height, image.getRGB(0, 0, width, height, null, 0, width));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw page " + (index + 1) + " of the PDF summary", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the PDF summary", e);
        }
    }

    /** One page's pixels, ARGB, row by row. */
    public record PageImage(int width, int height, int[] argb) {
    }
}
