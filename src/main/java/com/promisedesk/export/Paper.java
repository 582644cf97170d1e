package com.promisedesk.export;

import java.util.Locale;

/** The page size of the PDF and of printing. */
public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String css;

    Paper(String css) {
        this.css = css;
    }

    /** The CSS {@code @page size} keyword. */
    String css() {
        return css;
    }

    /** Parses "a4" or "letter", ignoring case. */
    public static Paper parse(String text) {
        for (Paper paper : values()) {
            if (paper.name().equalsIgnoreCase(text.strip())) {
                return paper;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a paper size (a4 or letter)");
    }

    /** Letter in the countries that use it (the US, Canada, Mexico, the Philippines); A4 everywhere else. */
    public static Paper of(Locale locale) {
        return switch (locale.getCountry()) {
            case "US", "CA", "MX", "PH" -> LETTER;
            default -> A4;
        };
    }

    public String label() {
        return this == A4 ? "A4" : "Letter";
    }
}
