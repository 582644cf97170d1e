package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.jdbc.SqlValues;
import com.promisedesk.sync.wire.ExceptionRequestState;
import com.promisedesk.sync.wire.RequestsPushResponse;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Exception requests: a rep's device sends them ({@code POST /v1/requests}, idempotent by
 * request id), the approvers of their tier read the ones their role still has to decide
 * ({@code GET /v1/requests}) and decide ({@code POST /v1/requests/{id}/decision}). Each
 * change stamps the request into its rep's feed, so decisions come down with a pull.
 */
final class ExceptionRequestService {

    /** An approver sees at most this many waiting requests at once, oldest first. */
    static final int MAX_LISTED = 1_000;
    /** The console's history of settled requests shows at most this many, newest first. */
    static final int MAX_SETTLED = 100;

    private final ServerDatabase database;
    private final CatalogService catalogs;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditTrail audit;
    private final MailOutbox mail;

    ExceptionRequestService(ServerDatabase database, CatalogService catalogs, ObjectMapper json, Clock clock) {
        this(database, catalogs, json, clock, MailOutbox.off());
    }

    /** @param mail where a request that starts waiting leaves one e-mail notice per approver role */
    ExceptionRequestService(ServerDatabase database, CatalogService catalogs, ObjectMapper json, Clock clock,
                            MailOutbox mail) {
        this.database = database;
        this.catalogs = catalogs;
        this.json = json;
        this.clock = clock;
        this.audit = new AuditTrail(database, clock);
        this.mail = mail;
    }

    RequestsPushResponse push(Principal principal, JsonNode body) throws SQLException {
        OwnPromises.requireRep(principal, "sends exception requests");
        List<ExceptionRequestBodies.Checked> requests = ExceptionRequestBodies.batch(body);
        var policy = catalogs.latest().map(latest -> latest.catalog().policy());
        RequestsPushResponse response = database.write(connection -> {
            ExceptionRequestSql rows = new ExceptionRequestSql(connection, json);
            java.time.Instant at = clock.instant();
            String now = SqlValues.text(at);
            List<RequestsPushResponse.Result> results = new ArrayList<>();
            List<FeedCounter.Row> touched = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                ExceptionRequestBodies.Checked request = requests.get(i);
                if (!OwnPromises.known(connection, principal.user(), request.promiseId())) {
                    throw ApiError.badRequest("requests[" + i + "].promiseId", OwnPromises.notFoundOrNotYours(
                            request.promiseId()) + "; push the promise before its exception requests");
                }
                // The published policy decides who approves a tier; the device's list only when it has none for it.
                List<String> approvers = policy.filter(p -> p.definesTier(request.tier()))
                        .map(p -> p.approvers(request.tier())).orElse(request.approvers());
                if (!rows.insert(request, principal.user(), approvers, now)) {
                    // Sent before (a retry, perhaps racing its first try): answered as it stands, never applied twice.
                    if (!principal.user().equals(rows.owner(request.id()))) {
                        throw ApiError.forbidden("exception request " + request.id() + " was sent by another rep");
                    }
                    String status = rows.states("WHERE r.id = ?", request.id().toString()).get(0).status();
                    results.add(new RequestsPushResponse.Result(request.id(), RequestsPushResponse.DUPLICATE, status));
                    continue;
                }
                touched.add(new FeedCounter.Row("exception_request", "id", request.id().toString()));
                // Only a request stored just now: a retried push (above) never notifies again.
                mail.requestWaiting(connection, request.id(), approvers, at);
                results.add(new RequestsPushResponse.Result(request.id(), RequestsPushResponse.APPLIED,
                        ExceptionRequest.Decision.PENDING.name()));
            }
            FeedCounter.stamp(connection, touched);
            return new RequestsPushResponse(results);
        });
        // Committed: the courier sends on its own thread; the rep's answer does not wait for any mail server.
        mail.wake();
        return response;
    }

    /** The pending requests whose approvers include the caller's role and which that role has not decided. */
    List<ExceptionRequestState> pending(Principal principal) throws SQLException {
        String role = approverRole(principal, "reads exception requests");
        return database.read(connection -> new ExceptionRequestSql(connection, json).states(
                "WHERE r.status = 'PENDING' AND r.approvers LIKE ? AND NOT EXISTS (SELECT 1 FROM exception_decision d"
                        + " WHERE d.request_id = r.id AND d.role = ?) ORDER BY r.requested_at, r.id LIMIT "
                        + MAX_LISTED, "%\"" + role + "\"%", role))
                .stream().filter(r -> r.approvers().contains(role)).map(ExceptionRequestService::unsequenced).toList();
    }

    /**
     * The requests for the caller's role that it no longer has to decide: decided by it, or
     * closed by another role's rejection first. Newest first, at most {@value #MAX_SETTLED}.
     */
    List<ExceptionRequestState> settled(Principal principal) throws SQLException {
        String role = approverRole(principal, "reads exception requests");
        return database.read(connection -> new ExceptionRequestSql(connection, json).states(
                "WHERE r.approvers LIKE ? AND (r.status <> 'PENDING' OR EXISTS (SELECT 1 FROM exception_decision d"
                        + " WHERE d.request_id = r.id AND d.role = ?)) ORDER BY r.requested_at DESC, r.id LIMIT "
                        + MAX_SETTLED, "%\"" + role + "\"%", role))
                .stream().filter(r -> r.approvers().contains(role)).map(ExceptionRequestService::unsequenced).toList();
    }

    /** Records the caller's role's decision; any rejection rejects the request, every role approving approves it. */
    ExceptionRequestState decide(Principal principal, String idText, JsonNode body) throws SQLException {
        String role = approverRole(principal, "decides exception requests");
        UUID id = pathId(idText);
        ExceptionRequestBodies.Decision decision = ExceptionRequestBodies.decision(body);
        try {
            return database.write(connection -> {
                ExceptionRequestSql rows = new ExceptionRequestSql(connection, json);
                Optional<ExceptionRequestState> found = rows.states("WHERE r.id = ?", id.toString()).stream().findFirst();
                // A request for other roles gets the answer of one that is not there: no id is confirmed.
                ExceptionRequestState request = found.filter(r -> r.approvers().contains(role)).orElseThrow(() -> new ApiError(404,
                        "not_found", "exception request " + id + " not found or not yours", null));
                if (rows.decided(id, role)) {
                    throw alreadyDecided(role + " has already decided exception request " + id);
                }
                if (!ExceptionRequest.Decision.PENDING.name().equals(request.status())) {
                    throw alreadyDecided("exception request " + id + " is already " + request.status());
                }
                String now = SqlValues.text(clock.instant());
                rows.insertDecision(id, role, principal.user(), decision.decision().name(), decision.note(), now);
                audit.record(connection, new AuditTrail.Entry(principal.user(), AuditTrail.DECISION, id.toString(),
                        role + ": " + decision.decision().name().toLowerCase(java.util.Locale.ROOT)
                                + (decision.note() == null || decision.note().isBlank() ? "" : " · " + decision.note())));
                List<ExceptionRequest.RoleDecision> all = new ArrayList<>();
                rows.states("WHERE r.id = ?", id.toString()).get(0).decisions().forEach(d -> all.add(
                        new ExceptionRequest.RoleDecision(d.role(), d.approver(),
                                ExceptionRequest.Decision.valueOf(d.decision()), d.note(), d.decidedAt())));
                rows.setStatus(id, ExceptionRequest.outcome(request.approvers(), all).name());
                FeedCounter.stamp(connection, List.of(new FeedCounter.Row("exception_request", "id", id.toString())));
                return unsequenced(rows.states("WHERE r.id = ?", id.toString()).get(0));
            });
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                // Two decisions of one role at once: the key (request, role) let one through.
                throw alreadyDecided(role + " has already decided exception request " + id);
            }
            throw e;
        }
    }

    static String approverRole(Principal principal, String what) {
        String role = principal.approverRole();
        if (role == null) {
            throw ApiError.forbidden("only an approver " + what + "; this token's role is " + principal.role());
        }
        return role;
    }

    private static UUID pathId(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text.toLowerCase(java.util.Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiError.badRequest("id", "must be a request id (a UUID such as 3f2b8c1e-0000-4000-8000-000000000001)");
    }

    private static ApiError alreadyDecided(String why) {
        return new ApiError(409, "already_decided", why, null);
    }

    private static ExceptionRequestState unsequenced(ExceptionRequestState s) {
        return new ExceptionRequestState(null, s.id(), s.promiseId(), s.rep(), s.customer(), s.title(), s.line(), s.requested(),
                s.tier(), s.approvers(), s.reason(), s.requestedAt(), s.status(), s.decisions());
    }
}
