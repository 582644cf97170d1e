package com.promisedesk.sync;

import com.promisedesk.check.Wording;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import com.promisedesk.domain.CommitmentLine;
import com.promisedesk.domain.Customer;
import com.promisedesk.domain.Expectation;
import com.promisedesk.domain.Extra;
import com.promisedesk.domain.Language;
import com.promisedesk.domain.PromiseStatus;
import com.promisedesk.domain.Responsibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A conflict's fields in the words of the other screens: "Tue 1 Dec 2026", "Draft", a line
 * as "1. Standard onboarding × 2 · Tue 15 Dec 2026", one item per text line, so a rep
 * compares versions as they read a promise, not as the program holds it.
 */
public final class ConflictWords {

    private static final Map<String, String> LABELS = Map.of("customer", "Customer", "title", "Title",
            "start", "Start", "status", "Status", "language", "Customer's language", "lines", "Lines",
            "expectations", "Expectations", "responsibilities", "Responsibilities", "extras", "Extras");

    /** The catalog in use, which names the capabilities; it may give null (no catalog yet: lines go by their codes). */
    private final Supplier<Catalog> catalog;

    public ConflictWords(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    /** The field as a rep calls it: "lines" is "Lines". */
    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** One text line of a version: a whole value, or one item of a list; {@code changed} when base does not have it so. */
    public record Item(String text, boolean changed) {
    }

    /**
     * {@code value} as text lines, each marked where base does not have it (an item of a
     * list that base does not hold anywhere: a line removed above does not mark the ones
     * below); nothing is marked when {@code compare} is false, as for base itself.
     */
    public List<Item> items(Object value, Object base, boolean compare) {
        if (value instanceof List<?> list && !list.isEmpty()) {
            List<?> before = compare && base instanceof List<?> b ? b : null;
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                boolean changed = compare && (before == null || !before.contains(list.get(i)));
                items.add(new Item((i + 1) + ". " + item(list.get(i)), changed));
            }
            return items;
        }
        return List.of(new Item(value(value), compare && !java.util.Objects.equals(value, base)));
    }

    /** The whole value in words; a list one item per text line, "None" when empty. */
    public String value(Object value) {
        if (value instanceof Customer c) {
            return c.name() + (c.region() == null ? "" : " · " + c.region()) + (c.contact() == null ? "" : " · " + c.contact());
        }
        if (value instanceof LocalDate day) {
            return Wording.date(day);
        }
        if (value instanceof Language language) {
            return language.label();
        }
        if (value instanceof PromiseStatus status) {
            return status.label();
        }
        if (value instanceof List<?> items) {
            return items.isEmpty() ? "None" : items(items, null, false).stream().map(Item::text)
                    .collect(Collectors.joining("\n"));
        }
        return String.valueOf(value);
    }

    private String item(Object item) {
        if (item instanceof CommitmentLine l) {
            Catalog names = catalog.get();
            String what = names != null ? Wording.what(l, names) : l.isBespoke() ? l.bespoke() : l.capability();
            return what + (l.isBespoke() ? " (bespoke)" : "") + " × " + l.quantity()
                    + " · " + (l.date() == null ? "standard date" : Wording.date(l.date())) + terms(l)
                    + (l.underPromiseReason() == null ? "" : " · less on purpose: " + l.underPromiseReason());
        }
        if (item instanceof Expectation e) {
            return e.text() + " · " + Wording.status(e.status()) + lines(e.lines())
                    + (e.clarified() == null ? "" : " · as clarified: " + e.clarified());
        }
        if (item instanceof Responsibility r) {
            return r.text() + (r.due() == null ? "" : " · by " + Wording.date(r.due())) + lines(r.lines());
        }
        if (item instanceof Extra x) {
            return x.text();
        }
        return String.valueOf(item);
    }

    /** The line's promised terms as the summary words them ("First response: 4 h"); the key where the catalog lacks it. */
    private String terms(CommitmentLine line) {
        if (line.terms().isEmpty()) {
            return "";
        }
        Catalog names = catalog.get();
        Optional<Capability> capability = names == null ? Optional.empty() : names.capability(line.capability());
        return " · " + line.terms().entrySet().stream().map(t -> capability.flatMap(c -> c.term(t.getKey()))
                        .map(term -> Wording.term(term, t.getValue()))
                        .orElse(t.getKey() + " " + t.getValue().toPlainString()))
                .collect(Collectors.joining(", "));
    }

    private static String lines(List<Integer> lines) {
        return lines.isEmpty() ? "" : " · " + Wording.lineNumbers(lines);
    }
}
