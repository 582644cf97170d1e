package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.List;

/** A dated step of delivery after the promise is agreed. */
public record Milestone(String text, LocalDate due, boolean done) {
    public Milestone {
        text = Require.text(text, "text");
        Require.present(due, "due");
    }

    /**
     * The next milestone of a promise, not done, after {@code earlier} (its milestones so far, in
     * order): the one rule the app and the command line add milestones by. A promise takes them
     * once it is agreed and while it is delivered ({@link PromiseStatus#tracksMilestones()}), and
     * a step of delivery is never due before the step before it (the same day is fine).
     *
     * @throws InvalidValueException saying which rule the milestone breaks
     */
    public static Milestone next(PromiseStatus status, List<Milestone> earlier, String text, LocalDate due) {
        requireTracked(status);
        Milestone next = new Milestone(text, due, false);
        if (!earlier.isEmpty()) {
            Milestone previous = earlier.get(earlier.size() - 1);
            if (due.isBefore(previous.due())) {
                throw new InvalidValueException("due", due + " is before milestone " + earlier.size() + " (due "
                        + previous.due() + "); a milestone is never due before the one before it");
            }
        }
        return next;
    }

    /** Milestones are added and marked only while the promise {@link PromiseStatus#tracksMilestones() tracks them}. */
    public static void requireTracked(PromiseStatus status) {
        if (!status.tracksMilestones()) {
            throw new InvalidValueException("milestones", "start once the promise is agreed and are kept while it is"
                    + " delivered; its status is " + status.label());
        }
    }
}
