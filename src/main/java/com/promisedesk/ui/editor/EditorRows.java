package com.promisedesk.ui.editor;

import com.promisedesk.check.Confirmation;
import com.promisedesk.check.LeadTimeLadder;
import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.Better;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.domain.Promise;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import com.promisedesk.domain.Term;
import com.promisedesk.domain.Verdict;
import com.promisedesk.ui.ScreenWords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Maps a promise and its check to the editor's rows and text, in words; and the editor's rules. */
final class EditorRows {

    private final Catalog catalog;
    private final PromiseChecker checker;
    private final LocalDate today;

    EditorRows(Catalog catalog, PromiseChecker checker, LocalDate today) {
        this.catalog = catalog;
        this.checker = checker;
        this.today = today;
    }

    Map<String, BigDecimal> standardTerms(String code) {
        Map<String, BigDecimal> terms = new TreeMap<>();
        catalog.capability(code).ifPresent(c -> c.terms().forEach(t -> terms.put(t.key(), t.standard())));
        return terms;
    }

    /** The line with every term that is looser than standard by more than the slack set back to standard. */
    CommitmentLine withoutLooseTerms(CommitmentLine line) {
        Capability capability = line.capability() == null ? null : catalog.capability(line.capability()).orElse(null);
        if (capability == null) {
            return line;
        }
        BigDecimal slack = BigDecimal.valueOf(catalog.policy().underPromise().slackPercent()).movePointLeft(2);
        Map<String, BigDecimal> terms = new TreeMap<>(line.terms());
        for (Term term : capability.terms()) {
            BigDecimal value = terms.get(term.key());
            if (value == null) {
                continue;
            }
            boolean loose = term.better() == Better.LOWER
                    ? value.compareTo(term.standard().multiply(BigDecimal.ONE.add(slack))) > 0
                    : value.compareTo(term.standard().multiply(BigDecimal.ONE.subtract(slack))) < 0;
            if (loose) {
                terms.put(term.key(), term.standard());
            }
        }
        return line.withTerms(terms);
    }

    /** "1, 3" → [0, 2]; refuses numbers that name no line. */
    List<Integer> lineIndexes(String numbers, int lineCount) {
        List<Integer> indexes = new ArrayList<>();
        for (String part : (numbers == null ? "" : numbers).split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            int number;
            try {
                number = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("lines", "must be line numbers such as 1, 3; \"" + part + "\" is not one");
            }
            if (number < 1 || number > lineCount) {
                throw new InvalidValueException("lines", "names line " + number + ", but the promise has "
                        + lineCount + (lineCount == 1 ? " line" : " lines"));
            }
            if (!indexes.contains(number - 1)) {
                indexes.add(number - 1);
            }
        }
        return indexes;
    }

    /** Updates {@code items} to show {@code promise}, replacing only the rows that changed. */
    void updateLines(List<LineItem> items, Promise promise, PromiseCheck check) {
        for (int i = 0; i < promise.lines().size(); i++) {
            LineItem item = lineItem(promise.lines().get(i), check.lines().get(i));
            if (i >= items.size()) {
                items.add(item);
            } else if (!items.get(i).equals(item)) {
                items.set(i, item);
            }
        }
        if (items.size() > promise.lines().size()) {
            items.subList(promise.lines().size(), items.size()).clear();
        }
    }

    private LineItem lineItem(CommitmentLine line, LineCheck check) {
        return new LineItem(check.index() + 1, line.isBespoke() ? "" : line.capability(), what(line),
                String.valueOf(line.quantity()), line.date() == null ? "standard date" : Wording.date(line.date()),
                check.verdict(), ScreenWords.chip(check.verdict(), check.tier()), String.join("\n", check.reasons()));
    }

    String what(CommitmentLine line) {
        return Wording.what(line, catalog);
    }

    private static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    List<ListItems.ExpectationItem> expectations(Promise promise) {
        List<ListItems.ExpectationItem> items = new ArrayList<>();
        for (int i = 0; i < promise.expectations().size(); i++) {
            Expectation e = promise.expectations().get(i);
            String links = e.lines().isEmpty() ? "Not linked to a line" : capitalized(Wording.lineNumbers(e.lines()));
            items.add(new ListItems.ExpectationItem(i + 1, e.text(), Wording.status(e.status()), links,
                    e.lines().isEmpty() && e.status() != com.promisedesk.domain.ExpectationStatus.NOT_MET,
                    e.clarified()));
        }
        return items;
    }

    List<ListItems.ResponsibilityItem> responsibilities(Promise promise, PromiseCheck check) {
        List<ListItems.ResponsibilityItem> items = new ArrayList<>();
        for (Responsibility r : check.responsibilities()) {
            boolean own = promise.responsibilities().stream().anyMatch(o -> o.text().equalsIgnoreCase(r.text().strip())
                    && o.lines().equals(r.lines()));
            items.add(new ListItems.ResponsibilityItem(r.text(), r.due() == null ? "no date" : Wording.date(r.due()),
                    !own, ifLate(promise, r)));
        }
        return items;
    }

    private String ifLate(Promise promise, Responsibility r) {
        if (r.lines().isEmpty()) {
            return "Not linked to a line";
        }
        String lines = r.lines().stream().map(i -> "line " + (i + 1) + " (" + what(promise.lines().get(i)) + ")")
                .collect(Collectors.joining(", "));
        return "If late, " + lines + " moves back one business day for every business day it is late";
    }

    LineDetail detail(Promise promise, PromiseCheck check, int index) {
        CommitmentLine line = promise.lines().get(index);
        LineCheck judged = check.lines().get(index);
        Capability capability = line.isBespoke() ? null : catalog.capability(line.capability()).orElse(null);
        List<LineDetail.TermField> terms = new ArrayList<>();
        if (capability != null) {
            for (Term term : capability.terms()) {
                BigDecimal value = line.terms().getOrDefault(term.key(), term.standard());
                terms.add(new LineDetail.TermField(term.key(), term.label(), term.unit(), plain(value),
                        plain(term.standard())));
            }
        }
        LeadTimeLadder ladder = capability == null ? null
                : LeadTimeLadder.of(capability, PromiseChecker.startAsOf(promise, today), checker.calendar(),
                        catalog.policy().underPromise());
        boolean needsReason = judged.verdict() == Verdict.UNDER_PROMISE && line.underPromiseReason() == null;
        return new LineDetail(index, "Line " + (index + 1) + " — " + what(line), line.capability(), line.bespoke(),
                line.quantity(), line.date(), line.date() == null ? "" : Wording.date(line.date()), terms,
                judged.verdict(), ScreenWords.chip(judged.verdict(), judged.tier()), judged.reasons(),
                suggestion(line, judged), needsReason, line.underPromiseReason(), ladder, judged.suggestedDate());
    }

    private String suggestion(CommitmentLine line, LineCheck judged) {
        if (judged.verdict() == Verdict.STANDARD) {
            return null;
        }
        CommitmentLine suggested = withoutLooseTerms(judged.suggestedDate() == null ? line
                : line.withDate(judged.suggestedDate()));
        if (suggested.equals(line)) {
            return null;
        }
        StringBuilder words = new StringBuilder("Use ");
        if (judged.suggestedDate() != null && !judged.suggestedDate().equals(line.date())) {
            words.append(Wording.date(judged.suggestedDate()));
        }
        if (!suggested.terms().equals(line.terms())) {
            words.append(words.length() > 4 ? " and " : "").append("the standard terms");
        }
        return words.toString();
    }

    /** Everything that keeps {@code promise} from being agreed, as sentences the rep can act on. */
    List<String> refusalsToAgree(Promise promise, PromiseCheck check) {
        List<String> reasons = new ArrayList<>();
        if (promise.status() != PromiseStatus.READ_BACK) {
            reasons.add(promise.status() == PromiseStatus.DRAFT
                    ? "Read the promise back to the customer first (F5)."
                    : "A promise that is " + promise.status().label().toLowerCase(java.util.Locale.ROOT)
                            + " cannot be agreed again.");
        }
        if (promise.lines().isEmpty()) {
            reasons.add("The promise has no lines yet.");
        }
        LocalDate confirmBy = Confirmation.by(checker.calendar(), today);
        for (LineCheck line : check.lines()) {
            String name = "Line " + (line.index() + 1) + " (" + what(promise.lines().get(line.index())) + ")";
            switch (line.verdict()) {
                case NOT_DELIVERABLE -> reasons.add(name + " cannot be delivered as written: change or remove it.");
                case NEEDS_APPROVAL -> reasons.add(name + " needs tier " + line.tier()
                        + " approval, which is still pending; we will confirm it by " + Wording.date(confirmBy) + ".");
                case UNDER_PROMISE -> {
                    if (promise.lines().get(line.index()).underPromiseReason() == null) {
                        reasons.add(name + " promises less than we can do: use the suggestion or say why we keep it.");
                    }
                }
                case STANDARD -> {
                    // nothing stands in the way
                }
            }
        }
        reasons.addAll(check.blocksAgreement());
        return reasons;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
