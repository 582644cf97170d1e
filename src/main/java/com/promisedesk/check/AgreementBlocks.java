package com.promisedesk.check;

import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.ExpectationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rule 9: every OPEN expectation, and every CONFIRMED or CLARIFIED one that no line
 * meets, blocks agreement. Numbered from 1, as the rep reads them to the customer.
 */
final class AgreementBlocks {

    private AgreementBlocks() {
    }

    static List<String> of(List<Expectation> expectations) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < expectations.size(); i++) {
            Expectation expectation = expectations.get(i);
            int number = i + 1;
            ExpectationStatus status = expectation.status();
            if (status == ExpectationStatus.OPEN) {
                blocks.add("Expectation " + number + " \"" + expectation.text() + "\" is not confirmed");
            } else if (status != ExpectationStatus.NOT_MET && expectation.lines().isEmpty()) {
                blocks.add("Expectation " + number + " \"" + expectation.agreedText() + "\" is "
                        + status.name().toLowerCase(Locale.ROOT) + " but no line of the promise meets it");
            }
        }
        return blocks;
    }
}
