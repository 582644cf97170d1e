package com.promisedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.SyncRecords.Conflict;
import com.promisedesk.sync.ConflictFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code promisedesk conflicts list}: the conflicts sync kept, with the fields that differ. */
@Command(name = "conflicts", description = "Conflicts between devices, kept by sync until resolved.",
        subcommands = {ConflictsCommand.ListConflicts.class})
final class ConflictsCommand {

    @Command(name = "list", description = "List open conflicts; --format json for scripts.")
    static final class ListConflicts extends StoreCommand implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
        PromiseCommand.Format format;

        @Override
        public Integer call() throws Exception {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (LocalStore store = openStore()) {
                for (Conflict c : store.sync().conflicts()) {
                    ConflictFields fields = ConflictFields.of(c);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", c.id().toString());
                    row.put("promise", c.promiseId().toString());
                    row.put("title", fields.theirs().title());
                    row.put("status", c.status());
                    row.put("baseVersion", c.baseVersion());
                    row.put("theirsVersion", c.theirsVersion());
                    row.put("differs", fields.differing());
                    row.put("createdAt", c.createdAt().toString());
                    rows.add(row);
                }
            }
            if (format == PromiseCommand.Format.json) {
                out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            } else if (rows.isEmpty()) {
                out().println("No conflicts.");
            } else {
                for (Map<String, Object> row : rows) {
                    out().printf("%s  %-9s  promise %s \"%s\"  differs in: %s%n", row.get("id"), row.get("status"),
                            row.get("promise"), row.get("title"), String.join(", ", (List<String>) row.get("differs")));
                }
            }
            return 0;
        }
    }
}
