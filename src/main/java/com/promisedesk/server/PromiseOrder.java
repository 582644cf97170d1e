package com.promisedesk.server;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applies the items of a pushed batch ordered by promise id, the same order for every
 * batch, so two batches in flight never wait on each other's promises in a cycle; the
 * answers come back in the order the items were sent.
 */
final class PromiseOrder {

    /** One item's work, on the batch's transaction. */
    @FunctionalInterface
    interface Step<T, R> {
        R apply(T item) throws SQLException;
    }

    private PromiseOrder() {
    }

    static <T, R> List<R> apply(List<T> items, Function<T, UUID> promise, Step<T, R> step) throws SQLException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        // A stable sort: items of one promise keep the order they were sent in.
        order.sort(Comparator.comparing(i -> promise.apply(items.get(i))));
        List<R> answers = new ArrayList<>(Collections.nCopies(items.size(), null));
        for (int i : order) {
            answers.set(i, step.apply(items.get(i)));
        }
        return answers;
    }
}
