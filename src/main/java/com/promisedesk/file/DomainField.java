package com.promisedesk.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns the field a domain constructor names ({@code leadTime.stretch[1].min},
 * relative to the node it was built from) into a path in the file.
 *
 * <p>Why not just append it: the domain keeps stretch steps sorted by tier, so its
 * index {@code stretch[1]} is a position in the sorted list; the file may list the
 * steps in another order, and the reader must point at the step as written.
 */
final class DomainField {

    private static final Pattern PART = Pattern.compile("([^\\[\\]]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private DomainField() {
    }

    static FieldPath resolve(FileNode from, String field) {
        FieldPath path = from.path();
        JsonNode json = from.json();
        if (field == null || field.isEmpty()) {
            return path;
        }
        for (String part : field.split("\\.")) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches()) {
                path = path.child(part);
                json = json.path(part);
                continue;
            }
            String name = matcher.group(1);
            if (!name.isEmpty()) {
                path = path.child(name);
                json = json.path(name);
            }
            Matcher indexes = INDEX.matcher(matcher.group(2));
            while (indexes.find()) {
                int index = Integer.parseInt(indexes.group(1));
                if (name.equals("stretch")) {
                    index = stepAsWritten(json, index);
                }
                path = path.index(index);
                json = json.path(index);
            }
        }
        return path;
    }

    /** The position in the file of the step the domain's stable sort by tier put at {@code sortedIndex}. */
    private static int stepAsWritten(JsonNode steps, int sortedIndex) {
        if (!steps.isArray() || sortedIndex >= steps.size()) {
            return sortedIndex;
        }
        int[] order = IntStream.range(0, steps.size()).boxed()
                .sorted(Comparator.comparingInt(i -> steps.get(i).path("tier").asInt()))
                .mapToInt(Integer::intValue).toArray();
        return order[sortedIndex];
    }
}
