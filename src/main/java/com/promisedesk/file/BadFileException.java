package com.promisedesk.file;

/**
 * A catalog or promise file that cannot be read, with where and why, for a human:
 * {@code catalog.yaml:12:7: capabilities[3].leadTime.standard: must be at least 0, was -2}.
 */
public final class BadFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String why;

    /**
     * @param line   1-based, 0 when unknown
     * @param column 1-based, 0 when unknown
     * @param field  dotted path such as {@code capabilities[3].leadTime.standard}; "" for the whole file
     */
    public BadFileException(String file, int line, int column, String field, String why) {
        super(describe(file, line, column, field, why));
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field == null ? "" : field;
        this.why = why;
    }

    private static String describe(String file, int line, int column, String field, String why) {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (field != null && !field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(why).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based; 0 when unknown. */
    public int column() {
        return column;
    }

    /** Dotted path of the value, e.g. {@code capabilities[3].leadTime.standard}; "" for the whole file. */
    public String field() {
        return field;
    }

    public String why() {
        return why;
    }
}
