package com.promisedesk.ui;

import com.promisedesk.domain.Verdict;
import java.util.Locale;
import javafx.scene.control.Label;

/** A verdict as a chip: the words say it, the colour only reinforces it. */
public final class VerdictChip extends Label {

    public VerdictChip() {
        getStyleClass().add("chip");
        setMinWidth(USE_PREF_SIZE);
    }

    /** Shows {@code text} in the colours of {@code verdict}; {@code null} is a neutral chip. */
    public void show(Verdict verdict, String text) {
        style(this, verdict, text);
    }

    /** Makes {@code label} a chip showing {@code text} in the colours of {@code verdict}. */
    public static void style(Label label, Verdict verdict, String text) {
        if (!label.getStyleClass().contains("chip")) {
            label.getStyleClass().add("chip");
        }
        label.getStyleClass().removeIf(style -> style.startsWith("chip-"));
        label.getStyleClass().add(verdict == null ? "chip-neutral"
                : "chip-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        label.setText(text);
        label.setAccessibleText(verdict == null ? text : "Verdict: " + text);
    }
}
