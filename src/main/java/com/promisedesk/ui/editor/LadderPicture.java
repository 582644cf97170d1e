package com.promisedesk.ui.editor;

import com.promisedesk.check.LeadTimeLadder;
import com.promisedesk.check.Wording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The ladder picture: days from the start as a strip — red up to the hard limit, amber for
 * each approval tier, green from the standard date to the end of the slack, blue beyond —
 * with the promised date and the suggestion as markers. Words under the strip say the same.
 * Labels on one row never cover each other: where dates are close they are moved apart
 * at layout time, when their widths are known. A capability without a lead time has no date
 * ladder: the picture says so in words instead of drawing a strip.
 */
public final class LadderPicture extends Pane {

    private static final double STRIP_TOP = 18;
    private static final double STRIP_HEIGHT = 18;
    private static final double LABEL_GAP = 6;
    private static final double HEIGHT = 64;

    /** A label and the left edge it would have if nothing were in its way. */
    private record Placed(Label label, double wanted) {
    }

    private LeadTimeLadder ladder;
    private LocalDate promised;
    private LocalDate suggested;
    private final List<Placed> markerRow = new ArrayList<>();
    private final List<Placed> dateRow = new ArrayList<>();

    public LadderPicture() {
        getStyleClass().add("ladder");
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
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
        markerRow.clear();
        dateRow.clear();
        if (ladder == null || getWidth() <= 0) {
            return;
        }
        if (!ladder.hasLeadTime()) {
            noLeadTime();
            return;
        }
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setAccessibleText("Lead-time ladder");
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
        label(Wording.date(from).substring(4), 0);
        label("Standard " + Wording.date(ladder.standardDate()).substring(4),
                ChronoUnit.DAYS.between(from, ladder.standardDate()) * scale);
        if (suggested != null && !suggested.equals(promised)) {
            marker(suggested, from, scale, "ladder-suggested", "Suggested");
        }
        if (promised != null) {
            marker(promised, from, scale, "ladder-promised", "Promised");
        }
    }

    /** One sentence in place of the strip: there is no date ladder to climb, only the day it can start. */
    private void noLeadTime() {
        String words = "No lead time: it can start from " + Wording.date(ladder.standardDate()) + ".";
        Label text = new Label(words);
        text.getStyleClass().add("ladder-label");
        text.setWrapText(true);
        text.setMaxWidth(getWidth());
        getChildren().add(text);
        setMinHeight(USE_COMPUTED_SIZE);
        setPrefHeight(USE_COMPUTED_SIZE);
        setAccessibleText(words);
    }

    private void marker(LocalDate day, LocalDate from, double scale, String style, String words) {
        double x = Math.max(1, Math.min(getWidth() - 1, (ChronoUnit.DAYS.between(from, day) + 0.5) * scale));
        Line line = new Line(x, STRIP_TOP - 4, x, STRIP_TOP + STRIP_HEIGHT + 4);
        line.getStyleClass().add(style);
        getChildren().add(line);
        Label text = new Label(words);
        text.getStyleClass().addAll("ladder-label", style + "-label");
        text.setLayoutY(0);
        getChildren().add(text);
        markerRow.add(new Placed(text, x - 24));
    }

    private void label(String words, double x) {
        Label text = new Label(words);
        text.getStyleClass().add("ladder-label");
        text.setLayoutY(STRIP_TOP + STRIP_HEIGHT + 4);
        getChildren().add(text);
        dateRow.add(new Placed(text, x));
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();  // sizes each label to its text, so its width is known here
        place(markerRow);
        place(dateRow);
    }

    private void place(List<Placed> row) {
        List<Placed> sorted = new ArrayList<>(row);
        sorted.sort(Comparator.comparingDouble(Placed::wanted));
        double[] wanted = sorted.stream().mapToDouble(Placed::wanted).toArray();
        double[] widths = sorted.stream().mapToDouble(p -> p.label().getWidth()).toArray();
        double[] lefts = spread(wanted, widths, getWidth(), LABEL_GAP);
        for (int i = 0; i < lefts.length; i++) {
            sorted.get(i).label().setLayoutX(lefts[i]);
        }
    }

    /**
     * Left edges for labels in one row, ordered by {@code wanted}: each as near its wanted
     * place as the row allows, at least {@code gap} apart, inside {@code room} where they fit.
     */
    static double[] spread(double[] wanted, double[] widths, double room, double gap) {
        int n = wanted.length;
        double[] left = new double[n];
        for (int i = 0; i < n; i++) {
            double earliest = i == 0 ? 0 : left[i - 1] + widths[i - 1] + gap;
            left[i] = Math.max(wanted[i], earliest);
        }
        for (int i = n - 1; i >= 0; i--) {
            double latest = (i == n - 1 ? room : left[i + 1] - gap) - widths[i];
            left[i] = Math.max(0, Math.min(left[i], latest));
        }
        return left;
    }
}
