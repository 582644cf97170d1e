package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a rep commits to one customer for one deal. Immutable: every edit makes a
 * new value. Links from expectations and responsibilities point at existing lines.
 * {@code agreedOn} is the day it was agreed, which an agreed promise is judged as of
 * (docs/checking.md); null while it is not agreed, and for one agreed where the day
 * was not kept (a file or store from before it was). {@code language} is the customer's, which
 * the read-back and the written summary are worded in; null when none was chosen (English).
 */
public record Promise(UUID id, Customer customer, String title, LocalDate start, PromiseStatus status,
                      LocalDate agreedOn, List<CommitmentLine> lines, List<Expectation> expectations,
                      List<Responsibility> responsibilities, List<Extra> extras, Language language) {

    public Promise {
        Require.present(id, "id");
        Require.present(customer, "customer");
        title = Require.text(title, "title");
        Require.present(start, "start");
        status = status == null ? PromiseStatus.DRAFT : status;
        if (agreedOn != null && status.beforeAgreement()) {
            throw new InvalidValueException("agreedOn", "must be left out while the promise is " + status
                    + ": it has not been agreed");
        }
        lines = Require.list(lines, "lines");
        expectations = Require.list(expectations, "expectations");
        responsibilities = Require.list(responsibilities, "responsibilities");
        extras = Require.list(extras, "extras");
        for (int i = 0; i < expectations.size(); i++) {
            checkLinks(expectations.get(i).lines(), lines.size(), "expectations[" + i + "].lines");
        }
        for (int i = 0; i < responsibilities.size(); i++) {
            checkLinks(responsibilities.get(i).lines(), lines.size(), "responsibilities[" + i + "].lines");
        }
    }

    /** A promise in no chosen language (English). */
    public Promise(UUID id, Customer customer, String title, LocalDate start, PromiseStatus status,
                   LocalDate agreedOn, List<CommitmentLine> lines, List<Expectation> expectations,
                   List<Responsibility> responsibilities, List<Extra> extras) {
        this(id, customer, title, start, status, agreedOn, lines, expectations, responsibilities, extras, null);
    }

    /** A promise with no agreed day kept: not agreed yet, or agreed before the day was kept. */
    public Promise(UUID id, Customer customer, String title, LocalDate start, PromiseStatus status,
                   List<CommitmentLine> lines, List<Expectation> expectations,
                   List<Responsibility> responsibilities, List<Extra> extras) {
        this(id, customer, title, start, status, null, lines, expectations, responsibilities, extras);
    }

    private static void checkLinks(List<Integer> links, int lineCount, String field) {
        for (int link : links) {
            if (link >= lineCount) {
                throw new InvalidValueException(field, "links line " + link + ", but the promise has "
                        + lineCount + (lineCount == 1 ? " line" : " lines") + " (numbered from 0)");
            }
        }
    }

    public static Promise draft(Customer customer, String title, LocalDate start) {
        return new Promise(UUID.randomUUID(), customer, title, start, PromiseStatus.DRAFT,
                List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The promise in {@code newStatus}. Moved back before agreement (DRAFT, READ_BACK) it is
     * no longer agreed and loses its agreed day; otherwise the day stays as it was.
     */
    public Promise withStatus(PromiseStatus newStatus) {
        LocalDate day = newStatus == null || newStatus.beforeAgreement() ? null : agreedOn;
        return new Promise(id, customer, title, start, newStatus, day, lines, expectations, responsibilities, extras, language);
    }

    /** The promise agreed with the customer on {@code day}: AGREED, judged as of that day from now on. */
    public Promise agreed(LocalDate day) {
        Require.present(day, "agreedOn");
        return new Promise(id, customer, title, start, PromiseStatus.AGREED, day, lines, expectations,
                responsibilities, extras, language);
    }

    public Promise withLines(List<CommitmentLine> newLines) {
        return new Promise(id, customer, title, start, status, agreedOn,
                newLines, expectations, responsibilities, extras, language);
    }

    public Promise withExpectations(List<Expectation> newExpectations) {
        return new Promise(id, customer, title, start, status, agreedOn,
                lines, newExpectations, responsibilities, extras, language);
    }

    public Promise withResponsibilities(List<Responsibility> newResponsibilities) {
        return new Promise(id, customer, title, start, status, agreedOn,
                lines, expectations, newResponsibilities, extras, language);
    }

    public Promise withExtras(List<Extra> newExtras) {
        return new Promise(id, customer, title, start, status, agreedOn,
                lines, expectations, responsibilities, newExtras, language);
    }

    public Promise withCustomer(Customer newCustomer) {
        return new Promise(id, newCustomer, title, start, status, agreedOn,
                lines, expectations, responsibilities, extras, language);
    }

    public Promise withTitle(String newTitle) {
        return new Promise(id, customer, newTitle, start, status, agreedOn,
                lines, expectations, responsibilities, extras, language);
    }

    public Promise withStart(LocalDate newStart) {
        return new Promise(id, customer, title, newStart, status, agreedOn,
                lines, expectations, responsibilities, extras, language);
    }

    /** The promise in the customer's {@code newLanguage}; null: none chosen (English). */
    public Promise withLanguage(Language newLanguage) {
        return new Promise(id, customer, title, start, status, agreedOn,
                lines, expectations, responsibilities, extras, newLanguage);
    }

    /** The language the customer's words are in: the one chosen, English when none was. */
    public Language writtenIn() {
        return language == null ? Language.EN : language;
    }

    /** The promise with line {@code index} replaced by {@code line}. */
    public Promise withLine(int index, CommitmentLine line) {
        List<CommitmentLine> changed = new java.util.ArrayList<>(lines);
        changed.set(index, line);
        return withLines(changed);
    }

    /** The promise with {@code line} added at the end. */
    public Promise withLineAdded(CommitmentLine line) {
        List<CommitmentLine> changed = new java.util.ArrayList<>(lines);
        changed.add(line);
        return withLines(changed);
    }

    /**
     * The promise without line {@code index}. Links from expectations and responsibilities
     * to that line are dropped and links to later lines follow them down, so no link ever
     * points at the wrong line.
     */
    public Promise withoutLine(int index) {
        List<CommitmentLine> changed = new java.util.ArrayList<>(lines);
        changed.remove(index);
        List<Expectation> relinkedExpectations = expectations.stream().map(e -> new Expectation(e.text(),
                relink(e.lines(), index), e.status(), e.clarified())).toList();
        List<Responsibility> relinkedResponsibilities = responsibilities.stream().map(r -> new Responsibility(
                r.text(), r.due(), relink(r.lines(), index))).toList();
        return new Promise(id, customer, title, start, status, agreedOn, changed, relinkedExpectations,
                relinkedResponsibilities, extras, language);
    }

    private static List<Integer> relink(List<Integer> links, int removed) {
        return links.stream().filter(link -> link != removed).map(link -> link > removed ? link - 1 : link).toList();
    }
}
