package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.promisedesk.Slow;
import com.promisedesk.check.BusinessCalendar;
import com.promisedesk.check.LeadTimeLadder;
import com.promisedesk.domain.Catalog;
import com.promisedesk.file.CatalogFile;
import com.promisedesk.ui.CatalogVersions;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Where the ladder's labels go on a row: as wanted when there is room, never over each other;
 * and a capability without a lead time gets words instead of a strip.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class LadderPictureTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 23);
    private LadderPicture picture;
    private Catalog catalog;

    @Start
    void start(Stage stage) throws Exception {
        catalog = CatalogFile.parse(CatalogVersions.sampleText(), "catalog.yaml");
        picture = new LadderPicture();
        stage.setScene(new Scene(new StackPane(picture), 600, 200));
        stage.show();
    }

    private LeadTimeLadder ladder(String code) {
        return LeadTimeLadder.of(catalog.capability(code).orElseThrow(), START, new BusinessCalendar(catalog.calendar()),
                catalog.policy().underPromise());
    }

    @Test
    void aCapabilityWithoutALeadTimeShowsNoStripButSaysSoInWords(FxRobot robot) {
        robot.interact(() -> picture.show(ladder("COM-PAY-TERMS"), null, null));

        assertThat(picture.isVisible()).isTrue();
        assertThat(picture.getChildren()).noneMatch(Rectangle.class::isInstance);
        assertThat(picture.getChildren()).filteredOn(Label.class::isInstance).extracting(n -> ((Label) n).getText())
                .containsExactly("No lead time: it can start from Mon 23 Nov 2026.");
        assertThat(picture.getAccessibleText()).isEqualTo("No lead time: it can start from Mon 23 Nov 2026.");

        robot.interact(() -> picture.show(ladder("FLEET-CORE"), START.plusDays(4), null));

        assertThat(picture.getChildren()).anyMatch(Rectangle.class::isInstance);
        assertThat(picture.getChildren()).filteredOn(Label.class::isInstance).extracting(n -> ((Label) n).getText())
                .doesNotContain("No lead time: it can start from Mon 23 Nov 2026.").contains("Promised");
        assertThat(picture.getAccessibleText()).isEqualTo("Lead-time ladder");
    }

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
