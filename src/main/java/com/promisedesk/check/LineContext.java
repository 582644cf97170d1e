package com.promisedesk.check;

import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CommitmentLine;
import java.time.LocalDate;

/**
 * One catalog line as the rules see it.
 *
 * @param date         the line's date D; the standard date E when the line has none (rule 4)
 * @param dated        whether the rep gave a date
 * @param standardDate E (rule 3)
 */
record LineContext(int index, CommitmentLine line, Capability capability, LocalDate date, boolean dated,
                   LocalDate standardDate, PromiseFrame frame) {

    @Override
    public boolean equals(Object other) {
        return other instanceof LineContext that && index == that.index && frame == that.frame;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return "line " + index + " (" + capability.code() + ", " + date + ")";
    }

    String name() {
        return capability.name();
    }

    /** S: the later of the promise's start and today (T). */
    LocalDate start() {
        return frame.start();
    }

    BusinessCalendar calendar() {
        return frame.calendar();
    }
}
