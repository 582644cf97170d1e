package com.promisedesk.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats a summary can be written in, each with its file extension. */
public enum ExportFormat {
    PDF("pdf", "PDF document"),
    HTML("html", "Web page (HTML)"),
    MARKDOWN("md", "Markdown"),
    TEXT("txt", "Plain text");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The bytes of {@code summary} in this format; text formats are UTF-8. */
    public byte[] render(Summary summary, Layout layout) {
        return switch (this) {
            case PDF -> PdfSummary.render(summary, layout);
            case HTML -> HtmlSummary.render(summary, layout).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> MarkdownSummary.render(summary, layout).getBytes(StandardCharsets.UTF_8);
            case TEXT -> TextSummary.render(summary, layout).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Parses a format name or extension: pdf, html, md (or markdown), txt (or text). */
    public static ExportFormat parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(wanted) || format.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a summary format (pdf, html, md or txt)");
    }
}
