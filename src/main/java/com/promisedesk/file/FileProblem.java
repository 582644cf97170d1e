package com.promisedesk.file;

/**
 * The first thing wrong in a file, found while reading its tree. Unchecked so the
 * readers stay plain; {@link SourceText} turns it into a {@link BadFileException}
 * with the line and column, and it never leaves this package.
 */
final class FileProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FieldPath path;
    private final String why;

    FileProblem(FieldPath path, String why) {
        super(path.dotted() + ": " + why, null, false, false);
        this.path = path;
        this.why = why;
    }

    FieldPath path() {
        return path;
    }

    String why() {
        return why;
    }
}
