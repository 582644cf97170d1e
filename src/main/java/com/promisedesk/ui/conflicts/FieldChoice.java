package com.promisedesk.ui.conflicts;

import com.promisedesk.sync.ConflictFields;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One row of the comparison: a field's three versions and the side the rep takes. */
public final class FieldChoice {

    private final ConflictFields.Field field;
    private final ObjectProperty<ConflictFields.Side> pick;

    FieldChoice(ConflictFields.Field field, ConflictFields.Side initial) {
        this.field = field;
        this.pick = new SimpleObjectProperty<>(this, "pick", initial);
    }

    public String name() {
        return field.name();
    }

    /** Null when the promise was new on both devices. */
    public String base() {
        return field.base();
    }

    public String theirs() {
        return field.theirs();
    }

    public String yours() {
        return field.yours();
    }

    public boolean differs() {
        return field.differs();
    }

    public ObjectProperty<ConflictFields.Side> pickProperty() {
        return pick;
    }
}
