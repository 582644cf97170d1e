package com.promisedesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.domain.CapabilityStatus;
import com.promisedesk.domain.Category;
import com.promisedesk.store.CapabilityRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The picker's decisions without JavaFX: what is highlighted, what Enter adds, why a row matched. */
class LinePickerMatchesTest {

    private static final CapabilityRow PREMIUM = row("SUP-PREM", "Premium support",
            "Round-the-clock phone support for critical incidents, faster response and a higher uptime commitment.");
    private static final CapabilityRow ENTERPRISE = row("SUP-ENT", "Enterprise support",
            "Support around the clock with a named technical account manager and quarterly service reviews.");
    private static final CapabilityRow ONBOARDING = row("ONB-STD", "Standard onboarding",
            "A kick-off, configuration of your workspace and four weeks of guided support from an onboarding manager.");

    @Test
    void theBestMatchIsHighlightedUnlessACodeWasTypedExactly() {
        assertThat(LinePickerMatches.found("supp", List.of(PREMIUM, ENTERPRISE, ONBOARDING)).highlighted()).isZero();
        LinePickerMatches exact = LinePickerMatches.found(" sup-ent ", List.of(PREMIUM, ENTERPRISE));
        assertThat(exact.highlighted()).isEqualTo(1);
        assertThat(exact.query()).isEqualTo("sup-ent");
        assertThat(exact.showing()).isTrue();
        assertThat(LinePickerMatches.found("zzz", List.of()).showing()).isFalse();
    }

    @Test
    void arrowsMoveTheHighlightAndStopAtEitherEnd() {
        LinePickerMatches shown = LinePickerMatches.found("supp", List.of(PREMIUM, ENTERPRISE, ONBOARDING));
        assertThat(shown.move(1).highlighted()).isEqualTo(1);
        assertThat(shown.move(1).move(1).move(1).highlighted()).isEqualTo(2);
        assertThat(shown.move(-1).highlighted()).isZero();
        assertThat(shown.move(1).move(-1).highlighted()).isZero();
        assertThat(LinePickerMatches.NONE.move(1)).isEqualTo(LinePickerMatches.NONE);
    }

    @Test
    void escClosesTheListAndAnArrowOpensItAgainWhereItWas() {
        LinePickerMatches closed = LinePickerMatches.found("supp", List.of(PREMIUM, ENTERPRISE)).move(1).closed();
        assertThat(closed.showing()).isFalse();
        assertThat(closed.choice("supp")).contains("SUP-ENT");
        LinePickerMatches reopened = closed.move(1);
        assertThat(reopened.showing()).isTrue();
        assertThat(reopened.highlighted()).isEqualTo(1);
    }

    @Test
    void enterAddsTheHighlightedMatchOfWhatIsTypedNow() {
        LinePickerMatches shown = LinePickerMatches.found("supp", List.of(PREMIUM, ENTERPRISE, ONBOARDING));
        assertThat(shown.choice("supp")).contains("SUP-PREM");
        assertThat(shown.move(1).move(1).choice("SUPP ")).contains("ONB-STD");
    }

    @Test
    void aCodeTypedExactlyWinsOverTheHighlight() {
        LinePickerMatches shown = LinePickerMatches.found("sup", List.of(PREMIUM, ENTERPRISE)).move(1);
        assertThat(shown.choice("sup-prem")).contains("SUP-PREM");
    }

    @Test
    void matchesOfAnEarlierKeystrokeDecideNothingUnlessTheRepChoseOne() {
        LinePickerMatches earlier = LinePickerMatches.found("sup", List.of(PREMIUM, ENTERPRISE));
        assertThat(earlier.choice("supp")).as("the search for \"supp\" has not come back").isEmpty();
        assertThat(earlier.move(1).choice("supp")).as("the rep moved to it and saw it").contains("SUP-ENT");
        assertThat(LinePickerMatches.found("supp", List.of()).choice("supp")).isEmpty();
    }

    @Test
    void noReasonIsGivenWhenTheCodeOrNameShowsEveryWord() {
        assertThat(LinePickerMatches.found("supp", List.of(PREMIUM)).matches().get(0).why()).isEmpty();
        assertThat(LinePickerMatches.found("sup prem", List.of(PREMIUM)).matches().get(0).why()).isEmpty();
        assertThat(LinePickerMatches.found("Prem", List.of(PREMIUM)).matches().get(0).why()).isEmpty();
    }

    @Test
    void aMatchOnTheSummaryShowsThePartOfTheSummaryAroundTheWord() {
        String why = LinePickerMatches.found("supp", List.of(ONBOARDING)).matches().get(0).why();
        assertThat(why).startsWith("in summary: “…").endsWith("”").contains("support");
        assertThat(why.length()).isLessThanOrEqualTo("in summary: “…”…".length() + LinePickerMatches.WHY_LENGTH);
        assertThat(LinePickerMatches.found("onboarding round", List.of(PREMIUM, ONBOARDING)).matches().get(0).why())
                .isEqualTo("in summary: “Round-the-clock phone support for critical…”");
    }

    @Test
    void wordsAreComparedIgnoringCaseAndAccentsAsTheIndexDoes() {
        CapabilityRow check = row("AUD-CHECK", "Yearly audit",
                "Zu Beginn jedes Jahres eine gründliche Prüfung der Datenschutz-Einstellungen.");
        assertThat(LinePickerMatches.found("PRUF", List.of(check)).matches().get(0).why())
                .isEqualTo("in summary: “…gründliche Prüfung der Datenschutz-Einstellungen.”");
        assertThat(LinePickerMatches.found("audít", List.of(check)).matches().get(0).why()).isEmpty();
    }

    @Test
    void aShortSummaryIsShownWhole() {
        CapabilityRow basic = row("SUP-BASIC", "Basic help", "E-mail support on business days.");
        assertThat(LinePickerMatches.found("supp", List.of(basic)).matches().get(0).why())
                .isEqualTo("in summary: “E-mail support on business days.”");
    }

    private static CapabilityRow row(String code, String name, String summary) {
        return new CapabilityRow(code, name, Category.SUPPORT, CapabilityStatus.AVAILABLE, summary, "Support");
    }
}
