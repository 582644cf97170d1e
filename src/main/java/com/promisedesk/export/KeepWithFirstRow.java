package com.promisedesk.export;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A section heading (or the lead-in of the contact table) must be printed on the page of the
 * first row after it, so no page ends with a heading or a table header that announces rows the
 * reader finds only over the page. The stylesheet asks for that, but openhtmltopdf moves a
 * tall first row that does not fit to the next page on its own, leaving its heading and the
 * table's header row behind. So the paged HTML numbers each heading and its first row, the
 * PDF's layout is checked, and a heading left behind starts a page in the next layout.
 */
final class KeepWithFirstRow {

    private static final String PREFIX = "keep-";
    private static final String FIRST = "-first";

    private KeepWithFirstRow() {
    }

    /**
     * The number of the first heading whose first row the layout put on a later page, or
     * {@code null} when every heading shares its page with its first row.
     */
    static Integer firstLeftBehind(PdfBoxRenderer laidOut) {
        Map<String, Box> boxes = laidOut.getSharedContext().getIdMap();
        List<PageBox> pages = laidOut.getRootBox().getLayer().getPages();
        for (int heading = 1; boxes.containsKey(PREFIX + heading); heading++) {
            Box first = boxes.get(PREFIX + heading + FIRST);
            if (first != null && page(pages, boxes.get(PREFIX + heading)) < page(pages, first)) {
                return heading;
            }
        }
        return null;
    }

    /** The page a box starts on: pages lie one below the other in the layout's coordinates. */
    private static int page(List<PageBox> pages, Box box) {
        int top = box.getAbsY();
        for (PageBox page : pages) {
            if (top < page.getBottom()) {
                return page.getPageNo();
            }
        }
        return pages.size() - 1;
    }

    /** Writes the numbers into the HTML: {@link #start()} on a heading, {@link #first()} on each row after it. */
    static final class Marks {

        private final boolean paged;
        private final Set<Integer> newPage;
        private int headings;
        private String pendingFirst = "";

        private Marks(boolean paged, Set<Integer> newPage) {
            this.paged = paged;
            this.newPage = Set.copyOf(newPage);
        }

        /** For the HTML export: no numbers at all. */
        static Marks none() {
            return new Marks(false, Set.of());
        }

        /** For the PDF: the headings numbered in {@code newPage} start a page. */
        static Marks paged(Set<Integer> newPage) {
            return new Marks(true, newPage);
        }

        /** The attributes of the next heading. */
        String start() {
            if (!paged) {
                return "";
            }
            headings++;
            pendingFirst = " id=\"" + PREFIX + headings + FIRST + "\"";
            String id = " id=\"" + PREFIX + headings + "\"";
            return newPage.contains(headings) ? id + " style=\"page-break-before: always\"" : id;
        }

        /** The attributes of a row: the first after a heading is numbered with it. */
        String first() {
            String first = pendingFirst;
            pendingFirst = "";
            return first;
        }
    }
}
