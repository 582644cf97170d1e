package com.promisedesk.ui.editor;

import com.promisedesk.store.CapabilityRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the capability picker shows for what the rep typed: the matches, which one is
 * highlighted, whether the list is open, and why a match matched when its code and name
 * do not show it. Plain Java, no JavaFX: the editor only binds to it.
 *
 * @param query       the text these matches were searched for
 * @param matches     best first, as the catalog's search ranked them
 * @param highlighted the match Enter adds (0 when there are none)
 * @param open        false once the rep pressed Esc, until the next search or arrow key
 * @param moved       the rep chose the highlight with the arrow keys
 */
public record LinePickerMatches(String query, List<Match> matches, int highlighted, boolean open, boolean moved) {

    /** The same words the catalog's full-text index is searched with: runs of letters and digits. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The longest part of a summary shown as the reason (letters, before the ellipses). */
    static final int WHY_LENGTH = 52;
    private static final int BEFORE = 16;

    /** Nothing typed, nothing shown. */
    public static final LinePickerMatches NONE = new LinePickerMatches("", List.of(), 0, false, false);

    /**
     * One capability as a row of the list.
     *
     * @param why empty when the code or name shows every typed word; else where the words were found
     */
    public record Match(CapabilityRow row, String why) {
    }

    public LinePickerMatches {
        matches = List.copyOf(matches);
    }

    /**
     * The matches for {@code query} as the catalog returned them; the highlight is on the
     * capability whose code was typed exactly, else on the best match.
     */
    public static LinePickerMatches found(String query, List<CapabilityRow> rows) {
        String typed = query == null ? "" : query.strip();
        List<String> words = words(typed);
        List<Match> matches = new ArrayList<>();
        int highlighted = 0;
        for (CapabilityRow row : rows) {
            if (row.code().equalsIgnoreCase(typed)) {
                highlighted = matches.size();
            }
            matches.add(new Match(row, why(words, row)));
        }
        return new LinePickerMatches(typed, matches, highlighted, !matches.isEmpty(), false);
    }

    /** Whether the list is on screen (open and not empty). */
    public boolean showing() {
        return open && !matches.isEmpty();
    }

    /**
     * Moves the highlight by {@code step} (↓ is +1, ↑ is −1), stopping at either end; an
     * arrow key on a closed list opens it again first, with the highlight where it was.
     */
    public LinePickerMatches move(int step) {
        if (matches.isEmpty()) {
            return this;
        }
        if (!open) {
            return new LinePickerMatches(query, matches, highlighted, true, moved);
        }
        int next = Math.max(0, Math.min(matches.size() - 1, highlighted + step));
        return new LinePickerMatches(query, matches, next, true, true);
    }

    /** Esc: the list closes; what was found is kept for Enter and the arrow keys. */
    public LinePickerMatches closed() {
        return new LinePickerMatches(query, matches, highlighted, false, moved);
    }

    /**
     * The code Enter adds for {@code typed}: a capability whose code was typed exactly; else
     * the highlighted match, if these matches are for what is typed now or the rep chose it
     * with the arrow keys. Empty when the catalog has to be asked first (the search for the
     * last keystroke has not come back yet, or nothing was found).
     */
    public Optional<String> choice(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (Match match : matches) {
            if (match.row().code().equalsIgnoreCase(text)) {
                return Optional.of(match.row().code());
            }
        }
        if (matches.isEmpty() || !(moved || query.equalsIgnoreCase(text))) {
            return Optional.empty();
        }
        return Optional.of(matches.get(highlighted).row().code());
    }

    /** The highlighted match, if any. */
    public Optional<Match> highlightedMatch() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(highlighted));
    }

    /**
     * Why {@code row} matched {@code words}: empty when each word starts a word of its code
     * or name (the row shows it), else the part of the summary around the first word that
     * does not. Words are compared as the index compares them: ignoring case and accents.
     */
    static String why(List<String> words, CapabilityRow row) {
        List<String> shown = new ArrayList<>();
        shown.addAll(folded(row.code()));
        shown.addAll(folded(row.name()));
        for (String word : words) {
            String typed = fold(word);
            if (shown.stream().noneMatch(w -> w.startsWith(typed))) {
                String excerpt = excerpt(row.summary(), typed);
                if (!excerpt.isEmpty()) {
                    return "in summary: “" + excerpt + "”";
                }
            }
        }
        return "";
    }

    /** The words of {@code text}, as typed. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher found = WORD.matcher(text == null ? "" : text);
        while (found.find()) {
            words.add(found.group());
        }
        return words;
    }

    /** About {@link #WHY_LENGTH} letters of {@code text} around the first word starting with {@code typed}, cut at spaces. */
    static String excerpt(String text, String typed) {
        if (text == null) {
            return "";
        }
        Matcher found = WORD.matcher(text);
        while (found.find()) {
            if (fold(found.group()).startsWith(typed)) {
                return around(text, found.start());
            }
        }
        return "";
    }

    private static String around(String text, int at) {
        int from = Math.max(0, at - BEFORE);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space < 0 || space >= at ? at : space + 1;
        }
        int to = Math.min(text.length(), from + WHY_LENGTH);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > at ? space : to;
        }
        String part = text.substring(from, to).strip();
        return (from > 0 ? "…" : "") + part + (to < text.length() ? "…" : "");
    }

    private static List<String> folded(String text) {
        return words(text).stream().map(LinePickerMatches::fold).toList();
    }

    private static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
