package com.promisedesk.ui.editor;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.CommitmentLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The editor's line-detail pane: the chosen line, and its fields as the rep types them. The
 * text is read here: a quantity of 1 to 999999, a date in any form a date field reads or an
 * offset such as +15bd, a term's number. Text that does not read yet is left alone (the rep
 * is still typing), except a date on Enter, which the pane marks as not understood.
 */
public final class LineDetailViewModel {

    private static final Pattern QUANTITY = Pattern.compile("\\d{1,6}");

    private final EditorViewModel editor;

    public LineDetailViewModel(EditorViewModel editor) {
        this.editor = editor;
    }

    /** The quantity as typed so far; applied when it is a whole number of at least 1. */
    public void typeQuantity(String text) {
        if (text != null && QUANTITY.matcher(text).matches() && Integer.parseInt(text) >= 1) {
            editor.setQuantity(chosen(), Integer.parseInt(text));
        }
    }

    /**
     * The date as typed, on Enter or leaving the field: blank clears the line's date.
     *
     * @return what the field shows now (the date as the app writes it), or empty when the text is not a date
     */
    public Optional<String> commitDate(String text) {
        if (text == null || text.isBlank()) {
            editor.setDate(chosen(), null);
            return Optional.of(text == null ? "" : text);
        }
        Optional<LocalDate> date = editor.draft().dateInput().parse(text);
        date.ifPresent(day -> editor.setDate(chosen(), day));
        return date.map(Wording::date);
    }

    /** A day picked on the calendar: one undo step of its own. */
    public void pickDate(LocalDate day) {
        if (day != null) {
            editor.setDate(chosen(), day);
            editor.sealUndoStep();
        }
    }

    /** A term's value as typed so far; applied once it reads as a number. */
    public void typeTerm(String key, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return; // not a number yet: keep typing
        }
        editor.setTerm(chosen(), key, value);
    }

    /** Why we keep this under-promise, as typed. */
    public void typeUnderPromiseReason(String reason) {
        int index = chosen();
        editor.draft().editLine(index, "line." + index + ".reason", line -> new CommitmentLine(line.capability(),
                line.bespoke(), line.quantity(), line.date(), line.terms(), reason));
    }

    public void useSuggestion() {
        editor.useSuggestion(chosen());
    }

    public void removeLine() {
        editor.removeLine(chosen());
    }

    /** The rep left a field: what was typed in it is one undo step. */
    public void doneTyping() {
        editor.sealUndoStep();
    }

    /** The day the calendar and the ladder mark: the line's date, or the standard one when it has none. */
    public static LocalDate dayShown(LineDetail shown) {
        return shown.date() != null ? shown.date() : shown.ladder() == null ? null : shown.ladder().standardDate();
    }

    /** Whether the pane asks why we keep an under-promise. */
    public static boolean asksReason(LineDetail shown) {
        return shown.needsReason() || shown.underPromiseReason() != null;
    }

    public ReadOnlyObjectProperty<LineDetail> detailProperty() {
        return editor.lineDetailProperty();
    }

    private int chosen() {
        return editor.selectedLineProperty().get();
    }
}
