package com.promisedesk.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a rep commits to one customer for one deal. Immutable: every edit makes a
 * new value. Links from expectations and responsibilities point at existing lines.
 */
public record Promise(UUID id, Customer customer, String title, LocalDate start, PromiseStatus status,
                      List<CommitmentLine> lines, List<Expectation> expectations,
                      List<Responsibility> responsibilities, List<Extra> extras) {

    public Promise {
        Require.present(id, "id");
        Require.present(customer, "customer");
        title = Require.text(title, "title");
        Require.present(start, "start");
        status = status == null ? PromiseStatus.DRAFT : status;
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

    public Promise withStatus(PromiseStatus newStatus) {
        return new Promise(id, customer, title, start, newStatus, lines, expectations, responsibilities, extras);
    }

    public Promise withLines(List<CommitmentLine> newLines) {
        return new Promise(id, customer, title, start, status, newLines, expectations, responsibilities, extras);
    }

    public Promise withExpectations(List<Expectation> newExpectations) {
        return new Promise(id, customer, title, start, status, lines, newExpectations, responsibilities, extras);
    }
}
