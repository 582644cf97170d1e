package com.promisedesk.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Undo and redo over immutable snapshots. Successive edits of the same field (same
 * {@code key}) make one step, so typing "120" is undone at once, not digit by digit.
 */
final class UndoHistory<T> {

    private static final int LIMIT = 500;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private String lastKey;

    /** Records {@code before} as the state to return to, unless this edit continues the last one. */
    void record(T before, String key) {
        if (key == null || !Objects.equals(key, lastKey) || undo.isEmpty()) {
            undo.push(before);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        lastKey = key;
        redo.clear();
    }

    /** Ends the current step: the next edit of the same field is a step of its own. */
    void seal() {
        lastKey = null;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    T undo(T current) {
        lastKey = null;
        redo.push(current);
        return undo.pop();
    }

    T redo(T current) {
        lastKey = null;
        undo.push(current);
        return redo.pop();
    }
}
