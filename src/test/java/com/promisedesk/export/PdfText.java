package com.promisedesk.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back the way a customer's viewer would: the text of each page, top to bottom. */
record PdfText(List<String> pages, PDRectangle pageSize) {

    /** In drawing order: the rotated draft watermark comes out whole, apart from the text it lies over. */
    static PdfText of(byte[] pdf) {
        return read(pdf, false);
    }

    /** Sorted top to bottom, left to right: table rows come out as rows (best without a watermark). */
    static PdfText sorted(byte[] pdf) {
        return read(pdf, true);
    }

    /** Sorted, without rotated text: the page's content as rows even under the draft watermark. */
    static PdfText upright(byte[] pdf) {
        return read(pdf, true, new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                // The watermark is the only text drawn at an angle; its glyphs would fall between the rows.
                if (text.getTextMatrix().getShearX() == 0 && text.getTextMatrix().getShearY() == 0) {
                    super.processTextPosition(text);
                }
            }
        });
    }

    private static PdfText read(byte[] pdf, boolean sortByPosition) {
        return read(pdf, sortByPosition, new PDFTextStripper());
    }

    private static PdfText read(byte[] pdf, boolean sortByPosition, PDFTextStripper stripper) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.setSortByPosition(sortByPosition);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return new PdfText(pages, document.getPage(0).getMediaBox());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages, with runs of white space made one space, so wrapped lines compare as written. */
    String flat() {
        return flatten(String.join(" ", pages));
    }

    String flatPage(int index) {
        return flatten(pages.get(index));
    }

    static String flatten(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
