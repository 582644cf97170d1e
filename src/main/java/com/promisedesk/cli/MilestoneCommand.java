package com.promisedesk.cli;

import com.promisedesk.store.LocalStore;
import com.promisedesk.store.MilestoneRow;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code promisedesk promise milestone add|done|undone|list}: the dated steps of delivery of a stored promise. */
@Command(name = "milestone", description = "The milestones of delivery of a promise (synced up with the next sync).",
        subcommands = {MilestoneCommand.Add.class, MilestoneCommand.Done.class, MilestoneCommand.Undone.class,
            MilestoneCommand.ListMilestones.class, MilestonePropose.class})
final class MilestoneCommand {

    @Command(name = "add", description = {"Add a milestone after the promise's last one, once the promise is agreed",
        "(as the app's M on the list); never due before the one before it."})
    static final class Add extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "What is delivered at this step.")
        String text;

        @Option(names = "--due", required = true, paramLabel = "DATE",
                description = "When: 2026-12-21, 21 Dec 2026, 21.12.2026 or 21/12/2026.")
        LocalDate due;

        @Override
        public Integer call() {
            try (LocalStore store = openStore()) {
                UUID uuid = Ids.promise(store, id, dataDir());
                requirePromise(store, uuid);
                MilestoneRow row = store.milestones().add(uuid, text, due);
                out().println("Added milestone " + row.position() + " (" + row.milestone().text() + ", due "
                        + row.milestone().due() + ") to promise " + uuid);
            }
            return 0;
        }
    }

    @Command(name = "done", description = "Mark milestone N of the promise done.")
    static final class Done extends Mark {
        Done() {
            super(true);
        }
    }

    @Command(name = "undone", description = "Mark milestone N of the promise not done (a mistake, or it slipped).")
    static final class Undone extends Mark {
        Undone() {
            super(false);
        }
    }

    abstract static class Mark extends StoreCommand implements Callable<Integer> {

        private final boolean done;

        @Parameters(index = "0", paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Parameters(index = "1", paramLabel = "N", description = "The milestone's number (see promise milestone list).")
        int number;

        Mark(boolean done) {
            this.done = done;
        }

        @Override
        public Integer call() {
            try (LocalStore store = openStore()) {
                UUID uuid = Ids.promise(store, id, dataDir());
                requirePromise(store, uuid);
                List<MilestoneRow> all = store.milestones().list(uuid);
                if (all.stream().noneMatch(m -> m.position() == number)) {
                    throw new UserError("promise " + uuid + " has no milestone " + number + (all.isEmpty()
                            ? "; it has none yet (promise milestone add)" : "; it has 1 to " + all.size()));
                }
                MilestoneRow row = store.milestones().markDone(uuid, number, done);
                out().println("Milestone " + number + " (" + row.milestone().text() + ") is "
                        + (done ? "done" : "not done"));
            }
            return 0;
        }
    }

    @Command(name = "list", description = "List the promise's milestones in order.")
    static final class ListMilestones extends StoreCommand implements Callable<Integer> {

        @Parameters(paramLabel = "PROMISE-ID", description = "The promise's id, or its first 8 or more characters (see promise list).")
        String id;

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
        PromiseCommand.Format format;

        @Override
        public Integer call() throws Exception {
            UUID uuid;
            List<MilestoneRow> rows;
            try (LocalStore store = openStore()) {
                uuid = Ids.promise(store, id, dataDir());
                requirePromise(store, uuid);
                rows = store.milestones().list(uuid);
            }
            if (format == PromiseCommand.Format.json) {
                out().println(PromiseCommand.JSON.writeValueAsString(rows.stream().map(MilestoneCommand::asJson).toList()));
            } else if (rows.isEmpty()) {
                out().println("Promise " + uuid + " has no milestones yet");
            } else {
                for (MilestoneRow row : rows) {
                    out().printf("%d  %s  %s  %s%n", row.position(), row.milestone().done() ? "done" : "open",
                            row.milestone().due(), row.milestone().text());
                }
            }
            return 0;
        }
    }

    static void requirePromise(LocalStore store, UUID id) {
        if (store.promises().find(id).isEmpty()) {
            throw new UserError("No promise " + id + " in the local store (see promise list)");
        }
    }

    private static Map<String, Object> asJson(MilestoneRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", row.position());
        json.put("id", row.id().toString());
        json.put("text", row.milestone().text());
        json.put("due", row.milestone().due().toString());
        json.put("done", row.milestone().done());
        json.put("updatedAt", row.updatedAt().toString());
        return json;
    }
}
