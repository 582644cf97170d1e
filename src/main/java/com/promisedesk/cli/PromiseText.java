package com.promisedesk.cli;

import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;

/** A promise as plain text for the terminal. */
final class PromiseText {

    private PromiseText() {
    }

    static String of(Promise promise) {
        StringBuilder text = new StringBuilder();
        text.append(promise.customer().name()).append(" · ").append(promise.title()).append('\n');
        text.append("id ").append(promise.id()).append(" · ").append(promise.status().label())
                .append(" · start ").append(promise.start());
        if (promise.customer().region() != null) {
            text.append(" · region ").append(promise.customer().region());
        }
        if (promise.customer().contact() != null) {
            text.append(" · contact ").append(promise.customer().contact());
        }
        text.append("\n\nLines\n");
        for (int i = 0; i < promise.lines().size(); i++) {
            CommitmentLine line = promise.lines().get(i);
            text.append(String.format("  %d. %s × %d%s%n", i + 1,
                    line.isBespoke() ? line.bespoke() + " (bespoke)" : line.capability(), line.quantity(),
                    line.date() == null ? "" : " by " + line.date()));
        }
        text.append("\nExpectations\n");
        for (Expectation expectation : promise.expectations()) {
            text.append("  [").append(expectation.status()).append("] \"").append(expectation.text()).append('"');
            if (expectation.clarified() != null) {
                text.append(" → \"").append(expectation.clarified()).append('"');
            }
            text.append('\n');
        }
        text.append("\nResponsibilities\n");
        for (Responsibility responsibility : promise.responsibilities()) {
            text.append("  ").append(responsibility.text())
                    .append(responsibility.due() == null ? "" : " (due " + responsibility.due() + ")").append('\n');
        }
        text.append("\nOne-time extras\n");
        for (Extra extra : promise.extras()) {
            text.append("  ").append(extra.text()).append(" (one-time)\n");
        }
        return text.toString();
    }
}
