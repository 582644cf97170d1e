package com.promisedesk.server.mail;

/**
 * Makes what a rep typed (a customer's name, a promise's title, a reason) safe to put in a
 * plain-text e-mail: one line, no control characters (a CR/LF in a subject would start a
 * new header), no bidirectional overrides (U+202E can make "gpj.exe" read as "exe.jpg"),
 * and cut to a length a mail program shows. Nothing is interpreted: the mail is text/plain,
 * so {@code <script>} stays the seven characters it is.
 */
final class PlainText {

    private PlainText() {
    }

    /** {@code text} as one line of at most {@code max} characters ("…" when cut); "" for null. */
    static String line(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() <= max; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (bidiControl(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                    || c == 0x2028 || c == 0x2029) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(c);
        }
        if (out.length() > max) {
            int cut = max - 1;
            if (Character.isLowSurrogate(out.charAt(cut)) && cut > 0) {
                cut--;
            }
            out.setLength(cut);
            out.append('…');
        }
        return out.toString();
    }

    /** Embeddings, overrides and isolates (marks such as U+200F stay: they reorder nothing beyond themselves). */
    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
