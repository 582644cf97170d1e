package com.promisedesk.ui.conflicts;

import com.promisedesk.sync.ConflictFields;
import com.promisedesk.sync.ConflictPicks;
import com.promisedesk.sync.ConflictWords;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the comparison: a field's three versions in words, what changed since base,
 * and the side the rep takes (at first the side that changed it, so no edit made on only
 * one side is dropped by a rep who just presses Resolve). Which sides it offers is the
 * {@link ConflictPicks}' rule, shared with {@code conflicts resolve}.
 */
public final class FieldChoice {

    private final ConflictFields.Field field;
    private final ConflictWords words;
    private final ObjectProperty<ConflictFields.Side> pick;
    private final List<ConflictFields.Side> sides;

    /** @param picks the conflict's picks, which give this row its first pick and the sides it offers */
    FieldChoice(ConflictFields.Field field, ConflictWords words, ConflictPicks picks) {
        this.field = field;
        this.words = words;
        this.sides = picks.sides(field.name());
        this.pick = new SimpleObjectProperty<>(this, "pick", picks.pick(field.name()));
    }

    /** The field's name in the promise file ("lines"). */
    public String name() {
        return field.name();
    }

    /** The field as the rep calls it ("Lines"). */
    public String label() {
        return ConflictWords.label(field.name());
    }

    /** "same on both", "changed in yours", "changed on both"… */
    public String change() {
        return field.change();
    }

    /** Null when the promise was new on both devices. */
    public String base() {
        return field.hasBase() ? words.value(field.base()) : null;
    }

    public String theirs() {
        return words.value(field.theirs());
    }

    public String yours() {
        return words.value(field.yours());
    }

    /** Base, line by line, unmarked: what both sides started from. */
    List<ConflictWords.Item> baseItems() {
        return field.hasBase() ? words.items(field.base(), null, false)
                : List.of(new ConflictWords.Item("(new on both)", false));
    }

    /** Theirs, line by line, each line that base does not have so marked. */
    List<ConflictWords.Item> theirsItems() {
        return words.items(field.theirs(), field.base(), field.hasBase() && differs());
    }

    /** Yours, line by line, each line that base does not have so marked. */
    List<ConflictWords.Item> yoursItems() {
        return words.items(field.yours(), field.base(), field.hasBase() && differs());
    }

    public boolean differs() {
        return field.differs();
    }

    /** Whether the rep should look before resolving: both sides changed it, or it goes with the lines. */
    public boolean toDecide() {
        return field.toDecide();
    }

    public boolean hasBase() {
        return field.hasBase();
    }

    /** The sides the rep may take here: none for a conflict resolved here already, base only where there is one. */
    public List<ConflictFields.Side> sides() {
        return sides;
    }

    public ObjectProperty<ConflictFields.Side> pickProperty() {
        return pick;
    }
}
