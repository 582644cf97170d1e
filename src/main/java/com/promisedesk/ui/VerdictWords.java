package com.promisedesk.ui;

import com.promisedesk.domain.Verdict;

/** The words on a verdict chip in the rep's view (view models use it; no JavaFX here). */
public final class VerdictWords {

    private VerdictWords() {
    }

    /** "Needs approval · tier 2" names the tier; every other verdict is its label. */
    public static String chip(Verdict verdict, Integer tier) {
        return verdict == Verdict.NEEDS_APPROVAL && tier != null ? verdict.label() + " · tier " + tier : verdict.label();
    }
}
