package com.promisedesk.cli;

import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * {@code --today DATE}: T, the day a command judges promises as of (docs/checking.md). Left out,
 * today by the local clock; given, the same files give the same verdicts on any day.
 */
final class TodayOption {

    @Option(names = "--today", paramLabel = "DATE",
            description = "Judge as of this day, YYYY-MM-DD (default: today by the local clock), so a result can be"
                    + " reproduced; an agreed promise is judged as of the day it was agreed (its start when"
                    + " that day is not kept).")
    LocalDate today;

    /** {@code --today}, or today by {@code clock} (the command line's one clock). */
    LocalDate day(Clock clock) {
        return today != null ? today : LocalDate.now(clock);
    }
}
