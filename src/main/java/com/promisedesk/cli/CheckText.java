package com.promisedesk.cli;

import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.Verdict;

/** {@code check} for a person: one block per line, verdict first, then reasons and the suggestion. */
final class CheckText {

    private CheckText() {
    }

    static String of(Promise promise, Catalog catalog, PromiseCheck check) {
        StringBuilder text = new StringBuilder();
        text.append(promise.customer().name()).append(" · ").append(promise.title()).append('\n');
        text.append("Start ").append(Wording.date(promise.start())).append(" · catalog ").append(catalog.version())
                .append("\n\n");
        for (LineCheck line : check.lines()) {
            text.append(lineBlock(promise.lines().get(line.index()), line, catalog)).append('\n');
        }
        text.append(summary(check));
        if (!check.responsibilities().isEmpty()) {
            text.append("\nThe customer must supply:\n");
            for (Responsibility responsibility : check.responsibilities()) {
                text.append("  - ").append(responsibility.text());
                if (responsibility.due() != null) {
                    text.append(", by ").append(Wording.date(responsibility.due()));
                }
                if (!responsibility.lines().isEmpty()) {
                    text.append(" (").append(Wording.lineNumbers(responsibility.lines())).append(')');
                }
                text.append('\n');
            }
        }
        if (!check.blocksAgreement().isEmpty()) {
            text.append("\nBefore this can be agreed:\n");
            check.blocksAgreement().forEach(block -> text.append("  - ").append(block).append('\n'));
        }
        return text.toString();
    }

    private static String lineBlock(CommitmentLine line, LineCheck check, Catalog catalog) {
        StringBuilder text = new StringBuilder();
        text.append("Line ").append(check.index() + 1).append(": ").append(verdict(check.verdict(), check.tier()))
                .append('\n');
        String what = line.isBespoke() ? line.bespoke() + " (bespoke)"
                : line.capability() + " " + catalog.capability(line.capability()).map(Capability::name).orElse("(not in the catalog)");
        text.append("  ").append(what).append(" × ").append(line.quantity())
                .append(line.date() == null ? ", no date" : ", by " + Wording.date(line.date())).append('\n');
        check.reasons().forEach(reason -> text.append("  - ").append(reason).append('\n'));
        // Advice only: not the line's own date, and not for a line found wanting only in its terms,
        // quantity or capacity, which no date mends (the JSON keeps rule 8's suggestedDate for every line).
        if (check.verdict() != Verdict.STANDARD && check.dateAdvice() && check.suggestedDate() != null
                && !check.suggestedDate().equals(line.date())) {
            text.append("  Suggested date: ").append(Wording.date(check.suggestedDate())).append('\n');
        }
        return text.toString();
    }

    private static String summary(PromiseCheck check) {
        String text = "Promise: " + verdict(check.verdict(), check.tier());
        if (!check.approvers().isEmpty()) {
            text += " — approvers: " + String.join(", ", check.approvers());
        }
        return text + "\n";
    }

    /** "NEEDS APPROVAL (tier 2)": the verdict as check prints it, and promise list too. */
    static String verdict(Verdict verdict, Integer tier) {
        String words = verdict.label().toUpperCase(java.util.Locale.ROOT);
        return tier == null ? words : words + " (tier " + tier + ")";
    }
}
