package com.promisedesk.ui;

import com.promisedesk.domain.ExceptionRequest;
import java.util.stream.Collectors;

/** An exception request's decisions in the rep's words, for the editor and the Approvals screen (no JavaFX here). */
public final class RequestWords {

    private RequestWords() {
    }

    /** One line per role that decided: "Approved by sales-lead (lena): Fine for Q1". */
    public static String decisions(ExceptionRequest r) {
        return r.decisions().stream().map(d -> (d.decision() == ExceptionRequest.Decision.APPROVED
                ? "Approved by " : "Rejected by ") + d.role() + " (" + d.approver() + ")"
                + (d.note() == null ? "" : ": " + d.note())).collect(Collectors.joining("\n"));
    }
}
