package com.promisedesk.domain;

import java.time.LocalDate;

/** A dated step of delivery after the promise is agreed. */
public record Milestone(String text, LocalDate due, boolean done) {
    public Milestone {
        text = Require.text(text, "text");
        Require.present(due, "due");
    }
}
