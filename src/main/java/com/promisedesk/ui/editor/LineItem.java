package com.promisedesk.ui.editor;

import com.promisedesk.domain.Verdict;

/**
 * One row of the lines table, in words: the rep's view, so the chip names the tier.
 *
 * @param reasons the checker's reasons, one per line, for the tooltip
 */
public record LineItem(int number, String code, String what, String quantity, String date, Verdict verdict,
                       String chip, String reasons) {
}
