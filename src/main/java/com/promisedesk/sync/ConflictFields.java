package com.promisedesk.sync;

import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Promise;
import com.promisedesk.file.BadFileException;
import com.promisedesk.file.PromiseFile;
import com.promisedesk.store.Conflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A conflict field by field: base, theirs (the central store's version) and yours (what a
 * device pushed), and the promise the rep's picks make. The fields are the parts of a
 * promise a rep recognises: customer, title, start, status, lines, expectations,
 * responsibilities, extras, and the customer's language. The day a promise was agreed is part of its status: it is taken
 * from the side the status is taken from, so an agreed promise keeps the day it was agreed on
 * and one taken back to read-back has none.
 */
public final class ConflictFields {

    /** Which version a field is taken from. */
    public enum Side { BASE, THEIRS, YOURS }

    /**
     * One field of the three versions, as the promise holds it (a customer, a date, a list
     * of lines…); the screen words them. {@code base} is meaningless when {@code hasBase}
     * is false: the promise was new on both devices. {@code withLines} is the side of the
     * lines this field must be taken with (its items point at lines by position), or null
     * when it may be taken from either side.
     */
    public record Field(String name, boolean hasBase, Object base, Object theirs, Object yours, Side withLines) {

        /** A field judged on its own. */
        public static Field of(String name, boolean hasBase, Object base, Object theirs, Object yours) {
            return new Field(name, hasBase, base, theirs, yours, null);
        }

        /** Whether theirs and yours differ here: the rep has a choice to make. */
        public boolean differs() {
            return !Objects.equals(theirs, yours);
        }

        /** Whether each side changed this field from base, differently: no side can be taken for granted. */
        public boolean changedOnBoth() {
            return differs() && (!hasBase || !Objects.equals(base, theirs) && !Objects.equals(base, yours));
        }

        /** Whether the rep should look before resolving: both sides changed it, or it is tied to the lines. */
        public boolean toDecide() {
            return changedOnBoth() || withLines != null;
        }

        /**
         * The side to offer first: the lines' side where it is tied to them; else the one that
         * changed the field from base, so an edit made on only one side is kept; theirs where
         * both changed it, or neither.
         */
        public Side suggested() {
            if (withLines != null) {
                return withLines;
            }
            return differs() && !changedOnBoth() && Objects.equals(base, theirs) ? Side.YOURS : Side.THEIRS;
        }

        /** What happened to the field since base, for the rep deciding which side to take: "changed in yours"… */
        public String change() {
            if (!differs()) {
                return "same on both";
            }
            if (changedOnBoth()) {
                return hasBase ? "changed on both" : "differs";
            }
            if (withLines != null) {
                return "goes with the lines";
            }
            return suggested() == Side.YOURS ? "changed in yours" : "changed in theirs";
        }
    }

    /** The fields whose items point at lines by position: taken from another side's lines, they would point elsewhere. */
    static final List<String> POINT_AT_LINES = List.of("expectations", "responsibilities");

    private static final Map<String, Function<Promise, Object>> PARTS = new java.util.LinkedHashMap<>();

    static {
        PARTS.put("customer", Promise::customer);
        PARTS.put("title", Promise::title);
        PARTS.put("start", Promise::start);
        PARTS.put("status", Promise::status);
        PARTS.put("lines", Promise::lines);
        PARTS.put("expectations", Promise::expectations);
        PARTS.put("responsibilities", Promise::responsibilities);
        PARTS.put("extras", Promise::extras);
        // Last, as the newest field. Compared as written in: none chosen is English, the same as one set to English.
        PARTS.put("language", Promise::writtenIn);
    }

    private final Conflict conflict;
    private final Promise base;
    private final Promise theirs;
    private final Promise yours;

    private ConflictFields(Conflict conflict, Promise base, Promise theirs, Promise yours) {
        this.conflict = conflict;
        this.base = base;
        this.theirs = theirs;
        this.yours = yours;
    }

    public static ConflictFields of(Conflict conflict) throws BadFileException {
        Promise base = conflict.baseDoc() == null ? null : PromiseFile.parse(conflict.baseDoc(), "base of " + conflict.id());
        return new ConflictFields(conflict, base, PromiseFile.parse(conflict.theirsDoc(), "theirs of " + conflict.id()),
                PromiseFile.parse(conflict.yoursDoc(), "yours of " + conflict.id()));
    }

    /** The fields of a promise a conflict compares, in the order of the promise file: customer, title, … extras. */
    public static List<String> names() {
        return List.copyOf(PARTS.keySet());
    }

    public Conflict conflict() {
        return conflict;
    }

    /**
     * Whether the rep resolved it on this device already (its resolution waits for the next
     * sync): then it is shown, never resolved again, so a second resolution cannot overwrite
     * what was edited since.
     */
    public boolean resolvedHere() {
        return "resolving".equals(conflict.status());
    }

    public Promise theirs() {
        return theirs;
    }

    public Promise yours() {
        return yours;
    }

    /** Every field, in the order of the promise file. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        PARTS.forEach((name, part) -> fields.add(Field.of(name, base != null, base == null ? null : part.apply(base),
                part.apply(theirs), part.apply(yours))));
        Field lines = fields.stream().filter(f -> f.name().equals("lines")).findFirst().orElseThrow();
        if (lines.differs()) {
            // The sides number their lines differently: what points at them goes with the lines offered.
            Side side = lines.suggested();
            fields.replaceAll(f -> POINT_AT_LINES.contains(f.name()) && f.differs() && f.suggested() != side
                    ? new Field(f.name(), f.hasBase(), f.base(), f.theirs(), f.yours(), side) : f);
        }
        return fields;
    }

    /** Names of the fields where theirs and yours differ. */
    public List<String> differing() {
        return fields().stream().filter(Field::differs).map(Field::name).toList();
    }

    /**
     * The promise the picks make; a field without a pick is taken from theirs.
     *
     * @throws IllegalArgumentException when a pick names an unknown field, picks base where there is none,
     *                                  or links expectations to lines the picked lines do not have
     */
    public Promise merge(Map<String, Side> picks) {
        for (String name : picks.keySet()) {
            if (!PARTS.containsKey(name)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a field of a promise; fields are " + PARTS.keySet());
            }
        }
        try {
            Promise withStatus = side(picks, "status");
            return new Promise(theirs.id(), (Customer) pick(picks, "customer"), (String) pick(picks, "title"),
                    (java.time.LocalDate) pick(picks, "start"), withStatus.status(), withStatus.agreedOn(),
                    list(pick(picks, "lines")), list(pick(picks, "expectations")), list(pick(picks, "responsibilities")),
                    list(pick(picks, "extras")), side(picks, "language").language());
        } catch (com.promisedesk.domain.InvalidValueException e) {
            // The field is "expectations[4].lines": the rep knows the part, not the index counted from 0.
            String part = e.field().replaceFirst("\\[.*", "");
            throw new IllegalArgumentException("the " + part + " taken point at lines that the lines taken do not have;"
                    + " take lines, expectations and responsibilities from the same side", e);
        }
    }

    private Object pick(Map<String, Side> picks, String name) {
        return PARTS.get(name).apply(side(picks, name));
    }

    /** The version field {@code name} is taken from. */
    private Promise side(Map<String, Side> picks, String name) {
        Promise from = switch (picks.getOrDefault(name, Side.THEIRS)) {
            case BASE -> base;
            case THEIRS -> theirs;
            case YOURS -> yours;
        };
        if (from == null) {
            throw new IllegalArgumentException("there is no base version to take \"" + name + "\" from: the promise was new");
        }
        return from;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
