package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.check.LineCheck;
import com.promisedesk.check.PromiseChecker;
import com.promisedesk.check.Wording;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.server.console.Deviations;
import com.promisedesk.server.console.InboxView;
import com.promisedesk.sync.wire.Decided;
import com.promisedesk.sync.wire.ExceptionRequestState;
import com.promisedesk.sync.wire.RequestedLine;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns exception requests as the central store holds them into what an approver reads:
 * the line in words, the deviation in numbers, the checker's reasons (the promise as the
 * store holds it, with the line as requested, judged by the latest catalog as of the day of
 * the request), the age, the other roles' decisions.
 */
final class ConsoleInbox {

    private final ServerDatabase database;
    private final CatalogService catalogs;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    ConsoleInbox(ServerDatabase database, CatalogService catalogs, Clock clock) {
        this.database = database;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    /** @param waiting whether these requests still wait (their age is shown) or are settled */
    List<InboxView.Item> items(List<ExceptionRequestState> requests, String role, boolean waiting) throws SQLException {
        Catalog catalog = catalogs.latest().map(CatalogService.Latest::catalog).orElse(null);
        PromiseChecker checker = catalogs.latest().map(CatalogService.Latest::checker).orElse(null);
        List<InboxView.Item> items = new ArrayList<>();
        for (ExceptionRequestState request : requests) {
            items.add(item(request, role, catalog, checker, waiting));
        }
        return items;
    }

    private InboxView.Item item(ExceptionRequestState r, String role, Catalog catalog, PromiseChecker checker,
                                boolean waiting) throws SQLException {
        LocalDate requestedOn = r.requestedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Optional<Promise> promise = promise(r.promiseId().toString());
        LocalDate judgedFrom = promise.map(p -> p.start().isAfter(requestedOn) ? p.start() : requestedOn).orElse(null);
        List<String> reasons = List.of();
        String reasonsNote;
        if (checker == null) {
            reasonsNote = "No catalog is published on the central store, so the line is not judged here.";
        } else if (promise.isEmpty() || r.line() >= promise.get().lines().size()) {
            reasonsNote = "The central store does not hold this line of the promise, so it is not judged here.";
        } else {
            Promise asRequested = promise.get().withLine(r.line(), line(promise.get().lines().get(r.line()), r.requested()));
            LineCheck check = checker.check(asRequested, null, requestedOn).lines().get(r.line());
            reasons = check.reasons();
            reasonsNote = reasons.isEmpty() ? "The checker gives no reason for this line with today's catalog." : null;
        }
        List<InboxView.Decision> decisions = r.decisions().stream().map(ConsoleInbox::decision).toList();
        return new InboxView.Item(r.id().toString(), r.rep(), orUnknown(r.customer()), orUnknown(r.title()),
                "Line " + (r.line() + 1) + ": " + describe(r.requested(), catalog),
                Deviations.of(r.requested(), catalog, judgedFrom), reasons, reasonsNote, r.reason(),
                waiting ? age(r.requestedAt()) : "", Wording.date(requestedOn), r.tier(), decisions,
                String.join(", ", r.waitingFor()), outcome(r, role));
    }

    /** The line as requested, keeping what the request does not carry (an under-promise reason) from the promise. */
    private static CommitmentLine line(CommitmentLine current, RequestedLine requested) {
        boolean same = requested.bespoke() == null ? requested.capability().equals(current.capability())
                : requested.bespoke().equals(current.bespoke());
        CommitmentLine base = same ? current : requested.bespoke() != null
                ? CommitmentLine.bespoke(requested.bespoke(), requested.date())
                : CommitmentLine.of(requested.capability(), requested.quantity(), requested.date());
        return base.withDate(requested.date()).withQuantity(requested.quantity()).withTerms(requested.terms());
    }

    private Optional<Promise> promise(String id) throws SQLException {
        String doc = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT doc FROM promise WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
        if (doc == null) {
            return Optional.empty();
        }
        try {
            JsonNode tree = json.readTree(doc);
            return Optional.of(PromiseFile.parse(tree, "promise " + id));
        } catch (IOException | BadFileException e) {
            return Optional.empty(); // shown as "not judged here"; the stored promise was checked when pushed
        }
    }

    /** "450 × Telematics box G3 (HW-BOX-G3) on Mon 14 Dec 2026, First response 2 h". */
    static String describe(RequestedLine line, Catalog catalog) {
        String what = line.bespoke() != null ? line.bespoke()
                : catalog == null ? line.capability()
                : catalog.capability(line.capability()).map(c -> c.name() + " (" + c.code() + ")").orElse(line.capability());
        StringBuilder text = new StringBuilder(String.format(Locale.ENGLISH, "%,d × %s", line.quantity(), what));
        text.append(line.date() == null ? ", at the standard date" : " on " + Wording.date(line.date()));
        if (!line.terms().isEmpty()) {
            var capability = catalog == null || line.capability() == null ? Optional.<Capability>empty()
                    : catalog.capability(line.capability());
            text.append(", ").append(new java.util.TreeMap<>(line.terms()).entrySet().stream()
                    .map(t -> capability.flatMap(c -> c.term(t.getKey()))
                            .map(term -> Wording.term(term, t.getValue()).replace(": ", " "))
                            .orElse(t.getKey() + " " + t.getValue().stripTrailingZeros().toPlainString()))
                    .collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static InboxView.Decision decision(Decided d) {
        return new InboxView.Decision(d.role(), d.approver(), "APPROVED".equals(d.decision()) ? "Approved" : "Rejected",
                d.note(), Wording.date(d.decidedAt().atZone(ZoneOffset.UTC).toLocalDate()));
    }

    private static String outcome(ExceptionRequestState r, String role) {
        String status = switch (r.status()) {
            case "APPROVED" -> "Approved";
            case "REJECTED" -> "Rejected";
            default -> "Waiting for " + String.join(", ", r.waitingFor());
        };
        Optional<Decided> mine = r.decisions().stream().filter(d -> d.role().equals(role)).findFirst();
        return status + (mine.isEmpty() ? " · your role did not decide"
                : " · " + role + " " + ("APPROVED".equals(mine.get().decision()) ? "approved" : "rejected")
                        + " (" + mine.get().approver() + ")");
    }

    /** How long a request has waited, as a person says it: "under an hour", "5 h", "3 days". */
    String age(Instant since) {
        Duration waited = Duration.between(since, clock.instant());
        if (waited.toHours() < 1) {
            return "under an hour";
        }
        if (waited.toHours() < 48) {
            return waited.toHours() + " h";
        }
        return waited.toDays() + " days";
    }

    private static String orUnknown(String text) {
        return text == null ? "(not on the central store)" : text;
    }
}
