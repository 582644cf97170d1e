package com.promisedesk.cli;

import com.promisedesk.domain.Promise;
import com.promisedesk.store.LocalStore;
import com.promisedesk.store.Conflict;
import com.promisedesk.sync.ConflictFields;
import com.promisedesk.sync.ConflictFields.Field;
import com.promisedesk.sync.ConflictFields.Side;
import com.promisedesk.sync.ConflictPicks;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code promisedesk conflicts resolve ID --take …}: resolves a conflict as the app's Conflicts
 * screen does, by {@link ConflictPicks}' rules: every field starts at the suggested side, a
 * {@code --take} changes it (all fields first, then the lines, which take what points at them
 * along, then each other field named), and the result is saved as a local change that the
 * next sync sends with the conflict marked resolved; once.
 */
@Command(name = "resolve", description = "Resolve a conflict as the app's Conflicts screen does; the result goes up"
        + " with the next sync. Fields no --take names take the side conflicts list suggests.")
final class ConflictResolve extends StoreCommand implements Callable<Integer> {

    /** One {@code --take}: a side for every field ({@code field} null) or for one. */
    record Take(String field, Side side) {
    }

    @Parameters(paramLabel = "ID", description = "The conflict's id, or its first 8 or more characters (see conflicts list).")
    String id;

    @Option(names = "--take", required = true, paramLabel = "SIDE|FIELD=SIDE", converter = TakeOption.class,
            description = "yours, theirs or base for every field, or FIELD=SIDE for one (repeatable); FIELD is customer,"
                    + " title, start, status, lines, expectations, responsibilities or extras. Expectations and"
                    + " responsibilities go with the lines unless taken apart.")
    List<Take> takes;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "text or json (default: ${DEFAULT-VALUE})")
    PromiseCommand.Format format;

    @Override
    public Integer call() throws Exception {
        ConflictPicks picks;
        UUID uuid;
        try (LocalStore store = openStore()) {
            List<Conflict> open = store.sync().conflicts().list();
            String unknown = "there is no open conflict " + id.strip() + " in " + dataDir() + " (see conflicts list)";
            uuid = Ids.resolve(id, open.stream().map(Conflict::id).toList(), "conflict", "conflicts list", unknown);
            Conflict conflict = open.stream().filter(c -> c.id().equals(uuid)).findFirst()
                    .orElseThrow(() -> new UserError(unknown));
            picks = new ConflictPicks(ConflictFields.of(conflict));
            Promise merged;
            try {
                // Every field first, then the lines (what points at them follows), then each field named: the last word wins.
                takes.stream().sorted(Comparator.comparingInt(ConflictResolve::order))
                        .forEach(take -> take(picks, take));
                merged = picks.merged();
            } catch (IllegalStateException resolvedAlready) {
                throw new UserError(resolvedAlready.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UserError("conflict " + uuid + " not resolved: " + e.getMessage());
            }
            store.sync().conflicts().resolve(uuid, merged);
        }
        report(uuid, picks);
        return 0;
    }

    private static int order(Take take) {
        return take.field() == null ? 0 : take.field().equals("lines") ? 1 : 2;
    }

    private static void take(ConflictPicks picks, Take take) {
        if (take.field() == null) {
            picks.takeAll(take.side());
        } else {
            picks.take(take.field(), take.side());
        }
    }

    private void report(UUID uuid, ConflictPicks picks) throws Exception {
        ConflictFields conflict = picks.conflict();
        Map<String, String> took = new LinkedHashMap<>();
        for (Field field : conflict.fields()) {
            if (field.differs()) {
                took.put(field.name(), ConflictText.side(picks.pick(field.name())));
            }
        }
        if (format == PromiseCommand.Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", uuid.toString());
            json.put("promise", conflict.conflict().promiseId().toString());
            json.put("status", "resolving");
            json.put("took", took);
            out().println(ConflictsCommand.JSON.writeValueAsString(json));
            return;
        }
        out().println("Resolved conflict " + uuid + " (promise " + conflict.conflict().promiseId()
                + "); it goes up with the next sync:");
        took.forEach((field, side) -> out().println("  " + field + ": " + side));
    }


    /** Reads {@code yours}, {@code theirs}, {@code base} or {@code FIELD=SIDE}; anything else is bad usage. */
    static final class TakeOption implements ITypeConverter<Take> {

        @Override
        public Take convert(String value) {
            String typed = value.strip().toLowerCase(Locale.ROOT);
            int equals = typed.indexOf('=');
            String field = equals < 0 ? null : typed.substring(0, equals).strip();
            Side side = side(equals < 0 ? typed : typed.substring(equals + 1).strip());
            if (side == null || field != null && !ConflictFields.names().contains(field)) {
                throw new TypeConversionException("\"" + value + "\" is neither a side nor FIELD=SIDE: write yours, theirs"
                        + " or base, or FIELD=yours|theirs|base with FIELD one of "
                        + String.join(", ", ConflictFields.names()));
            }
            return new Take(field, side);
        }

        private static Side side(String text) {
            return switch (text) {
                case "yours" -> Side.YOURS;
                case "theirs" -> Side.THEIRS;
                case "base" -> Side.BASE;
                default -> null;
            };
        }
    }
}
