package com.promisedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.sync.ConflictFields.Field;
import com.promisedesk.sync.ConflictFields.Side;
import org.junit.jupiter.api.Test;

/** Which side a field of a conflict is offered from: the one that changed it since base. */
class ConflictFieldsTest {

    @Test
    void aFieldChangedOnOneSideIsOfferedFromThatSide() {
        Field onlyTheirs = new Field("title", true, "Rollout", "Rollout, phase 1", "Rollout");
        Field onlyYours = new Field("title", true, "Rollout", "Rollout", "Rollout, all depots");

        assertThat(onlyTheirs.suggested()).isEqualTo(Side.THEIRS);
        assertThat(onlyYours.suggested()).isEqualTo(Side.YOURS);
        assertThat(onlyTheirs.changedOnBoth()).isFalse();
        assertThat(onlyYours.changedOnBoth()).isFalse();
    }

    @Test
    void aFieldChangedOnBothSidesIsTheRepsToPickAndOfferedFromTheirs() {
        Field both = new Field("title", true, "Rollout", "Rollout, phase 1", "Rollout, all depots");
        Field newOnBoth = new Field("title", false, null, "Rollout, phase 1", "Rollout, all depots");

        assertThat(both.changedOnBoth()).isTrue();
        assertThat(both.suggested()).isEqualTo(Side.THEIRS);
        assertThat(newOnBoth.changedOnBoth()).isTrue();
        assertThat(newOnBoth.suggested()).isEqualTo(Side.THEIRS);
    }

    @Test
    void aFieldBothSidesChangedAlikeIsNoChoice() {
        Field alike = new Field("title", true, "Rollout", "Rollout, phase 1", "Rollout, phase 1");

        assertThat(alike.differs()).isFalse();
        assertThat(alike.changedOnBoth()).isFalse();
        assertThat(alike.suggested()).isEqualTo(Side.THEIRS);
    }
}
