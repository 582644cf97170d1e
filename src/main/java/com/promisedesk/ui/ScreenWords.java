package com.promisedesk.ui;

import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.Verdict;
import java.util.stream.Collectors;

/**
 * The screens' own words, in one place: a verdict chip, an exception request's decisions.
 * What the checker already words (dates, lines, expectations) comes from {@code check.Wording};
 * view models use these, so there is no JavaFX here.
 */
public final class ScreenWords {

    private ScreenWords() {
    }

    /** "Needs approval · tier 2" names the tier; every other verdict is its label. */
    public static String chip(Verdict verdict, Integer tier) {
        return verdict == Verdict.NEEDS_APPROVAL && tier != null ? verdict.label() + " · tier " + tier : verdict.label();
    }

    /** One line per role that decided: "Approved by sales-lead (lena): Fine for Q1". */
    public static String decisions(ExceptionRequest r) {
        return r.decisions().stream().map(d -> (d.decision() == ExceptionRequest.Decision.APPROVED
                ? "Approved by " : "Rejected by ") + d.role() + " (" + d.approver() + ")"
                + (d.note() == null ? "" : ": " + d.note())).collect(Collectors.joining("\n"));
    }
}
