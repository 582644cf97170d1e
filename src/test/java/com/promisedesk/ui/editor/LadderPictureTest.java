package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Where the ladder's labels go on a row: as wanted when there is room, never over each other. */
class LadderPictureTest {

    @Test
    void labelsFarApartStayWhereTheyAreWanted() {
        assertThat(LadderPicture.spread(new double[] {10, 200}, new double[] {60, 60}, 400, 6))
                .containsExactly(10, 200);
    }

    @Test
    void aLabelThatWouldCoverTheOneBeforeItMovesRightByItsWidthAndTheGap() {
        // "Suggested" wanted at 100, "Promised" one day later at 108: both 60 wide.
        assertThat(LadderPicture.spread(new double[] {100, 108}, new double[] {60, 60}, 400, 6))
                .containsExactly(100, 166);
    }

    @Test
    void atTheRightEdgeTheRowIsPushedBackLeftSoEveryLabelStaysInside() {
        double[] left = LadderPicture.spread(new double[] {330, 340}, new double[] {60, 60}, 400, 6);
        assertThat(left[1] + 60).isEqualTo(400, within(0.001));
        assertThat(left[0] + 60 + 6).isLessThanOrEqualTo(left[1]);
    }

    @Test
    void noLabelStartsLeftOfTheRow() {
        assertThat(LadderPicture.spread(new double[] {-24, 0}, new double[] {60, 120}, 400, 6))
                .containsExactly(0, 66);
    }
}
