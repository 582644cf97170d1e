package com.promisedesk.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change in the delivery of an agreed promise, kept as history and never edited: a line
 * delivered on a day, a line cancelled by us, or the promise withdrawn by the customer. A later
 * mark of the same line supersedes an earlier one (say, a delivery date corrected), by
 * {@code recordedAt}; the earlier stays in the history.
 *
 * @param line       the line's index (from 0) for DELIVERED and CANCELLED; null for WITHDRAWN
 * @param on         the day it happened (delivered, cancelled, withdrawn)
 * @param reason     why, in the rep's words: required for CANCELLED and WITHDRAWN, optional otherwise
 * @param recordedAt when the rep recorded it, which orders marks of one line
 */
public record DeliveryMark(Integer line, DeliveryKind kind, LocalDate on, String reason, Instant recordedAt) {

    public DeliveryMark {
        Require.present(kind, "kind");
        Require.present(on, "on");
        Require.present(recordedAt, "recordedAt");
        reason = Require.optionalText(reason);
        if (kind.aboutALine()) {
            Require.present(line, "line");
            Require.atLeast(line, 0, "line");
        } else if (line != null) {
            throw new InvalidValueException("line", "a withdrawal is about the whole promise, not line " + line);
        }
        if (kind != DeliveryKind.DELIVERED && reason == null) {
            throw new InvalidValueException("reason", "is required when a " + (kind.aboutALine() ? "line is cancelled"
                    : "promise is withdrawn") + ": the customer will ask why");
        }
    }

    public static DeliveryMark delivered(int line, LocalDate on, Instant recordedAt) {
        return new DeliveryMark(line, DeliveryKind.DELIVERED, on, null, recordedAt);
    }

    public static DeliveryMark cancelled(int line, LocalDate on, String reason, Instant recordedAt) {
        return new DeliveryMark(line, DeliveryKind.CANCELLED, on, reason, recordedAt);
    }

    public static DeliveryMark withdrawn(LocalDate on, String reason, Instant recordedAt) {
        return new DeliveryMark(null, DeliveryKind.WITHDRAWN, on, reason, recordedAt);
    }
}
