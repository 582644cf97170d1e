package com.promisedesk.ui.editor;

import com.promisedesk.check.LeadTimeLadder;
import com.promisedesk.check.Wording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The ladder picture: days from the start as a strip — red up to the hard limit, amber for
 * each approval tier, green from the standard date to the end of the slack, blue beyond —
 * with the promised date and the suggestion as markers. Words under the strip say the same.
 */
public final class LadderPicture extends Pane {

    private static final double STRIP_TOP = 18;
    private static final double STRIP_HEIGHT = 18;

    private LeadTimeLadder ladder;
    private LocalDate promised;
    private LocalDate suggested;

    public LadderPicture() {
        getStyleClass().add("ladder");
        setMinHeight(64);
        setPrefHeight(64);
        setAccessibleText("Lead-time ladder");
        widthProperty().addListener((o, was, now) -> draw());
    }

    /** Shows {@code shown}; {@code null} hides the picture (a bespoke line has no ladder). */
    public void show(LeadTimeLadder shown, LocalDate promisedDate, LocalDate suggestedDate) {
        this.ladder = shown;
        this.promised = promisedDate;
        this.suggested = suggestedDate;
        setVisible(shown != null);
        setManaged(shown != null);
        draw();
    }

    private void draw() {
        getChildren().clear();
        if (ladder == null || getWidth() <= 0) {
            return;
        }
        LocalDate from = ladder.from();
        LocalDate to = ladder.to();
        if (promised != null && !promised.isBefore(to)) {
            to = promised.plusDays(3);
        }
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double scale = getWidth() / days;
        for (LeadTimeLadder.Band band : ladder.bands()) {
            double x = ChronoUnit.DAYS.between(from, band.from()) * scale;
            double width = ChronoUnit.DAYS.between(band.from(), band.to()) * scale;
            Rectangle strip = new Rectangle(x, STRIP_TOP, width, STRIP_HEIGHT);
            strip.getStyleClass().addAll("ladder-band", "ladder-" + band.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            getChildren().add(strip);
        }
        if (to.isAfter(ladder.to())) {
            double x = ChronoUnit.DAYS.between(from, ladder.to()) * scale;
            Rectangle beyond = new Rectangle(x, STRIP_TOP, getWidth() - x, STRIP_HEIGHT);
            beyond.getStyleClass().addAll("ladder-band", "ladder-under-promise");
            getChildren().add(beyond);
        }
        label(Wording.date(from).substring(4), 0, false);
        label("Standard " + Wording.date(ladder.standardDate()).substring(4),
                ChronoUnit.DAYS.between(from, ladder.standardDate()) * scale, false);
        if (suggested != null && !suggested.equals(promised)) {
            marker(suggested, from, scale, "ladder-suggested", "Suggested");
        }
        if (promised != null) {
            marker(promised, from, scale, "ladder-promised", "Promised");
        }
    }

    private void marker(LocalDate day, LocalDate from, double scale, String style, String words) {
        double x = Math.max(1, Math.min(getWidth() - 1, (ChronoUnit.DAYS.between(from, day) + 0.5) * scale));
        Line line = new Line(x, STRIP_TOP - 4, x, STRIP_TOP + STRIP_HEIGHT + 4);
        line.getStyleClass().add(style);
        getChildren().add(line);
        Label text = new Label(words);
        text.getStyleClass().addAll("ladder-label", style + "-label");
        text.setLayoutX(Math.min(Math.max(0, x - 24), getWidth() - 64));
        text.setLayoutY(0);
        getChildren().add(text);
    }

    private void label(String words, double x, boolean top) {
        Label text = new Label(words);
        text.getStyleClass().add("ladder-label");
        text.setLayoutX(Math.min(x, Math.max(0, getWidth() - 120)));
        text.setLayoutY(top ? 0 : STRIP_TOP + STRIP_HEIGHT + 4);
        getChildren().add(text);
    }
}
