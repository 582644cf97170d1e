package com.promisedesk.server.console;

import java.util.List;

/**
 * What the catalog page shows the catalog owner: the published versions, newest first, the
 * upload form's limit, and what became of the last upload or publish. Text only; the template
 * escapes all of it.
 *
 * @param limit   the largest file the upload takes, as a person says it ("8 MB")
 * @param flash   what the last publish did, or null
 * @param problem why the last upload cannot be published, or null
 */
public record CatalogView(List<Version> versions, String limit, String flash, Problem problem) {

    /** One published version; {@code download} is the address of its exact text. */
    public record Version(String version, String fileName, int capabilities, String publishedBy, String publishedAt,
                          String download) {
    }

    /**
     * A file that cannot be published: {@code said} is the line {@code catalog validate} prints
     * ("catalog.yaml:12:7: capabilities[3].leadTime.standard: must be at least 0, was -2"),
     * the rest is the same taken apart; line and column are 0 when unknown, field "" for the whole file.
     */
    public record Problem(String said, String file, int line, int column, String field, String why) {

        /** A problem that is not about a place in a file (no file chosen, too large). */
        public static Problem plain(String why) {
            return new Problem(why, "", 0, 0, "", why);
        }

        public boolean inFile() {
            return !file.isEmpty();
        }

        /** "line 12, column 7", "line 12", or "" when the file gives no place. */
        public String where() {
            return line == 0 ? "" : column == 0 ? "line " + line : "line " + line + ", column " + column;
        }
    }
}
