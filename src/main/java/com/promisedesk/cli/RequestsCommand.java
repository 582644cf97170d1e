package com.promisedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.promisedesk.sync.SyncClient;
import com.promisedesk.sync.SyncException;
import com.promisedesk.sync.wire.DecisionBody;
import com.promisedesk.sync.wire.ExceptionRequestState;
import com.promisedesk.sync.wire.RequestedLine;
import com.promisedesk.sync.wire.WireJson;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promisedesk requests list|decide}: an approver's exception requests, on the central store. */
@Command(name = "requests", description = "Exception requests waiting for your approver role (approver token).",
        subcommands = {RequestsCommand.ListRequests.class, RequestsCommand.Decide.class})
final class RequestsCommand {


    @Command(name = "list", description = "The requests your role has still to decide, oldest first.")
    static final class ListRequests extends StoreCommand implements Callable<Integer> {

        @Mixin
        CentralStoreOptions central;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
        PromiseCommand.Format format;

        @Override
        public Integer call() throws SyncException, IOException {
            List<ExceptionRequestState> requests = central.client(dataDir()).requests();
            if (format == PromiseCommand.Format.json) {
                ObjectMapper json = WireJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
                out().println(json.writeValueAsString(requests.stream().map(r -> forPeople(json, r)).toList()));
            } else if (requests.isEmpty()) {
                out().println("No exception requests wait for your role.");
            } else {
                requests.forEach(r -> out().print(text(r)));
            }
            return 0;
        }

        /**
         * The request as the central store sends it, but for {@code line}: on the wire it counts
         * from 0 (devices and servers of every version agree on it), printed it counts from 1
         * like every {@code line} a person reads and {@code --line N} (README, "JSON output").
         */
        private static ObjectNode forPeople(ObjectMapper json, ExceptionRequestState r) {
            ObjectNode node = json.valueToTree(r);
            node.put("line", r.line() + 1);
            return node;
        }

        private static String text(ExceptionRequestState r) {
            return r.id() + "  tier " + r.tier() + "  " + r.customer() + " · " + r.title() + " (rep " + r.rep() + ")\n"
                    + "  Line " + (r.line() + 1) + ": " + line(r.requested()) + "\n"
                    + "  Why: " + r.reason() + "\n"
                    + "  Approvers: " + String.join(", ", r.approvers()) + "; still to decide: "
                    + String.join(", ", r.waitingFor()) + "\n";
        }

        private static String line(RequestedLine l) {
            String what = l.bespoke() != null ? l.bespoke() + " (bespoke)" : l.capability();
            StringBuilder text = new StringBuilder(what).append(" × ").append(l.quantity())
                    .append(l.date() == null ? ", no date" : ", by " + l.date());
            l.terms().forEach((key, value) -> text.append(", ").append(key).append(' ').append(value.toPlainString()));
            return text.toString();
        }
    }

    @Command(name = "decide", description = "Approve or reject a request for your role; a rejection needs --note.")
    static final class Decide extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "The request's id, or its first 8 or more characters (see requests list).")
        String id;

        @ArgGroup(multiplicity = "1")
        Choice choice;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why; the rep reads it (required to reject).")
        String note;

        @Mixin
        CentralStoreOptions central;

        static final class Choice {
            @Option(names = "--approve", required = true, description = "Approve for your role.")
            boolean approve;

            @Option(names = "--reject", required = true, description = "Reject (one rejection rejects the request).")
            boolean reject;
        }

        @Override
        public Integer call() throws SyncException, IOException {
            String start = Ids.startOf(id, "request", "requests list");
            if (choice.reject && (note == null || note.isBlank())) {
                throw new UserError("--reject needs --note TEXT: say why, the rep reads it to the customer");
            }
            SyncClient client = central.client(dataDir());
            UUID requestId = Ids.resolve(start, start.length() == 36 ? List.of()
                    : client.requests().stream().map(ExceptionRequestState::id).toList(), "request", "requests list",
                    "no exception request waiting for your role has the id " + id.strip() + " (see requests list)");
            ExceptionRequestState after = client.decide(requestId,
                    new DecisionBody(choice.approve ? "APPROVED" : "REJECTED", note));
            out().println((choice.approve ? "Approved" : "Rejected") + " request " + after.id() + " for "
                    + after.customer() + " · " + after.title() + ", line " + (after.line() + 1) + ". It is now "
                    + after.status() + (after.status().equals("PENDING")
                            ? ", waiting for " + String.join(", ", after.waitingFor()) : "")
                    + "; the rep sees it at their next sync.");
            return 0;
        }
    }
}
