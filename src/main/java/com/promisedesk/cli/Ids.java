package com.promisedesk.cli;

import com.promisedesk.store.LocalStore;
import com.promisedesk.store.PromiseRow;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An id as a person types it: the whole UUID, or any unique start of it of at least
 * {@value #SHORTEST} characters, as lists print them shortened ("7c1d9e2a…"). Too short a
 * start or one that several ids share is bad usage (64), naming the candidates; one that
 * no id starts with is bad data (65).
 */
final class Ids {

    /** The shortest start of an id that is accepted: 8 hex digits, one UUID's first group. */
    static final int SHORTEST = 8;
    private static final int WHOLE = 36;

    private Ids() {
    }

    /** The stored promise whose id is {@code given} or starts with it. */
    static UUID promise(LocalStore store, String given, Path dataDir) {
        String unknown = "No promise " + given.strip() + " in " + dataDir + " (see promise list)";
        if (startOf(given, "promise", "promise list").length() == WHOLE) {
            return resolve(given, List.of(), "promise", "promise list", unknown);
        }
        List<UUID> ids = store.promises().list().stream().map(PromiseRow::id).toList();
        return resolve(given, ids, "promise", "promise list", unknown);
    }

    /**
     * The one of {@code known} that {@code given} names; {@code unknown} is the message when none does.
     * A whole UUID is taken as it is, known or not: the caller says whether it exists.
     */
    static UUID resolve(String given, Collection<UUID> known, String what, String listCommand, String unknown) {
        String start = startOf(given, what, listCommand);
        if (start.length() == WHOLE) {
            try {
                return UUID.fromString(start);
            } catch (IllegalArgumentException e) {
                throw UserError.usage("\"" + given + "\" is not a " + what + " id");
            }
        }
        List<UUID> matching = known.stream().filter(id -> id.toString().startsWith(start)).toList();
        if (matching.isEmpty()) {
            throw new UserError(unknown);
        }
        if (matching.size() > 1) {
            throw UserError.usage(start + " is the start of " + matching.size() + " " + what + " ids ("
                    + String.join(", ", matching.stream().map(UUID::toString).toList())
                    + "); give more of the id");
        }
        return matching.get(0);
    }

    /** The start of an id as typed: lower case, without the "…" lists end a shortened id with. */
    static String startOf(String given, String what, String listCommand) {
        String start = given.strip().replaceFirst("(…|\\.\\.\\.)$", "").toLowerCase(Locale.ROOT);
        if (!start.matches("[0-9a-f-]*")) {
            throw new UserError("\"" + given + "\" is not a " + what + " id (ids are hex digits, such as 0e7a5f13;"
                    + " see " + listCommand + ")");
        }
        if (start.length() < SHORTEST) {
            throw UserError.usage("\"" + given + "\" is too short for a " + what + " id: give at least " + SHORTEST
                    + " characters of it (see " + listCommand + ")");
        }
        return start;
    }
}
