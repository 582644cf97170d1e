package com.promisedesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.promisedesk.domain.Catalog;
import com.promisedesk.store.CurrentCatalog;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Conflict;
import com.promisedesk.sync.ConflictFields;
import com.promisedesk.sync.ConflictFields.Field;
import com.promisedesk.sync.ConflictWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code promisedesk conflicts list|resolve}: the conflicts sync kept, field by field, and their resolution. */
@Command(name = "conflicts", description = "Conflicts between devices, kept by sync until resolved.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictResolve.class})
final class ConflictsCommand {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Command(name = "list", description = "List open conflicts: for each field that differs, theirs and yours and the"
            + " side the app would offer; --format json for scripts.")
    static final class ListConflicts extends StoreCommand implements Callable<Integer> {

        @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "text or json (default: ${DEFAULT-VALUE})")
        PromiseCommand.Format format;

        @Override
        public Integer call() throws Exception {
            List<ConflictFields> conflicts = new ArrayList<>();
            Catalog catalog;
            try (LocalStore store = openStore()) {
                for (Conflict c : store.sync().conflicts().list()) {
                    conflicts.add(ConflictFields.of(c));
                }
                catalog = conflicts.isEmpty() ? null : CurrentCatalog.loadWhole(store).orElse(null);
            }
            ConflictText text = new ConflictText(new ConflictWords(() -> catalog));
            if (format == PromiseCommand.Format.json) {
                out().println(JSON.writeValueAsString(conflicts.stream().map(c -> json(c, text)).toList()));
            } else if (conflicts.isEmpty()) {
                out().println("No conflicts.");
            } else {
                for (ConflictFields c : conflicts) {
                    Conflict row = c.conflict();
                    out().printf("%s  %-9s  promise %s \"%s\"  differs in: %s%n", row.id(), row.status(), row.promiseId(),
                            c.theirs().title(), String.join(", ", c.differing()));
                    c.fields().stream().filter(Field::differs).forEach(field -> text.print(field, out()));
                }
            }
            return 0;
        }

        private static Map<String, Object> json(ConflictFields c, ConflictText text) {
            Conflict conflict = c.conflict();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", conflict.id().toString());
            row.put("promise", conflict.promiseId().toString());
            row.put("title", c.theirs().title());
            row.put("status", conflict.status());
            row.put("baseVersion", conflict.baseVersion());
            row.put("theirsVersion", conflict.theirsVersion());
            row.put("differs", c.differing());
            row.put("fields", c.fields().stream().filter(Field::differs).map(text::json).toList());
            row.put("createdAt", conflict.createdAt().toString());
            return row;
        }
    }
}
