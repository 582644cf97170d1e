package com.promisedesk.sync;

import com.promisedesk.domain.Promise;
import com.promisedesk.sync.ConflictFields.Field;
import com.promisedesk.sync.ConflictFields.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side a rep takes for each field of one conflict, by the rules the app's Conflicts screen
 * and {@code conflicts resolve} share: each field starts at its {@link Field#suggested() suggested}
 * side; base can be taken only where there is one; taking the lines from a side takes what
 * points at them (expectations, responsibilities) from that side too, where they differ, so
 * they never point at other lines (a later pick of their own still wins); and a conflict
 * resolved here already takes no picks and cannot be resolved again.
 */
public final class ConflictPicks {

    private final ConflictFields conflict;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<String, Side> picks = new LinkedHashMap<>();

    public ConflictPicks(ConflictFields conflict) {
        this.conflict = conflict;
        for (Field field : conflict.fields()) {
            fields.put(field.name(), field);
            picks.put(field.name(), field.suggested());
        }
    }

    public ConflictFields conflict() {
        return conflict;
    }

    /** Every field, in the order of the promise file. */
    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** Whether picks can still be made and the conflict resolved: not when it was resolved here already. */
    public boolean open() {
        return !conflict.resolvedHere();
    }

    /** The sides the rep may take for {@code name}: theirs, yours, and base where there is one; none once resolved here. */
    public List<Side> sides(String name) {
        Field field = field(name);
        if (!open()) {
            return List.of();
        }
        return field.hasBase() ? List.of(Side.THEIRS, Side.YOURS, Side.BASE) : List.of(Side.THEIRS, Side.YOURS);
    }

    public Side pick(String name) {
        field(name);
        return picks.get(name);
    }

    /** Every pick, by field name, in the order of the promise file. */
    public Map<String, Side> picks() {
        return Collections.unmodifiableMap(picks);
    }

    /**
     * Takes {@code side} for {@code name}; for the lines, also for what points at them where it
     * differs between the sides.
     *
     * @return the fields whose pick changed, {@code name} first
     * @throws IllegalArgumentException for a field a promise does not have or a side it does not offer
     * @throws IllegalStateException when the conflict was resolved here already
     */
    public List<String> take(String name, Side side) {
        requireOpen();
        if (!sides(name).contains(side)) {
            throw new IllegalArgumentException("there is no base version to take \"" + name + "\" from: the promise"
                    + " was new on both devices");
        }
        List<String> changed = new ArrayList<>();
        set(name, side, changed);
        if (name.equals("lines") && field("lines").differs()) {
            for (String pointing : ConflictFields.POINT_AT_LINES) {
                if (field(pointing).differs()) {
                    set(pointing, side, changed);
                }
            }
        }
        return changed;
    }

    /** Takes {@code side} for every field. */
    public void takeAll(Side side) {
        for (String name : fields.keySet()) {
            take(name, side);
        }
    }

    /**
     * The promise the picks make.
     *
     * @throws IllegalArgumentException with a message a rep can act on when the picks do not fit together
     * @throws IllegalStateException when the conflict was resolved here already
     */
    public Promise merged() {
        requireOpen();
        return conflict.merge(picks);
    }

    private void set(String name, Side side, List<String> changed) {
        if (picks.put(name, side) != side) {
            changed.add(name);
        }
    }

    private Field field(String name) {
        Field field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("\"" + name + "\" is not a field of a promise; fields are "
                    + String.join(", ", fields.keySet()));
        }
        return field;
    }

    private void requireOpen() {
        if (!open()) {
            throw new IllegalStateException("conflict " + conflict.conflict().id() + " was resolved here already, and a"
                    + " conflict is resolved once: the resolution goes up with the next sync");
        }
    }
}
