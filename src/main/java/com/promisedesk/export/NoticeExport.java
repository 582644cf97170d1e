package com.promisedesk.export;

import java.nio.charset.StandardCharsets;

/** A customer notice in each format a summary is written in, from the one {@link Notice} value. */
public final class NoticeExport {

    private NoticeExport() {
    }

    /** The bytes of {@code notice} in {@code format}; text formats are UTF-8. */
    public static byte[] render(ExportFormat format, Notice notice, Layout layout) {
        return switch (format) {
            case PDF -> PdfNotice.render(notice, layout);
            case HTML -> HtmlNotice.render(notice, layout).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> MarkdownNotice.render(notice, layout).getBytes(StandardCharsets.UTF_8);
            case TEXT -> TextNotice.render(notice, layout).getBytes(StandardCharsets.UTF_8);
        };
    }
}
