package com.promisedesk.cli;

import com.promisedesk.check.Wording;
import com.promisedesk.sync.ConflictFields.Field;
import com.promisedesk.sync.ConflictFields.Side;
import com.promisedesk.sync.ConflictWords;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A conflict's differing fields for {@code conflicts list}: both values of each, in the words
 * of the app's Conflicts screen, and the side the screen would offer. A list (lines,
 * expectations…) is shortened to what one side has and the other has not, so a rep compares
 * seven lines by the one that differs, not by reading all fourteen.
 */
final class ConflictText {

    /** At most this many items of a list are printed per side; the rest are counted. */
    private static final int SHOWN = 5;
    /** A longer value (a title, a customer) is cut here, with "…". */
    private static final int WIDE = 100;
    private static final Map<String, String[]> NOUNS = Map.of("lines", new String[] {"line", "lines"},
            "expectations", new String[] {"expectation", "expectations"},
            "responsibilities", new String[] {"responsibility", "responsibilities"},
            "extras", new String[] {"extra", "extras"});

    private final ConflictWords words;

    ConflictText(ConflictWords words) {
        this.words = words;
    }

    static String side(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    /** "  title: changed in theirs, suggested theirs", then theirs and yours. */
    void print(Field field, PrintWriter out) {
        out.println("  " + field.name() + ": " + field.change() + ", suggested " + side(field.suggested()));
        out.println("    theirs  " + value(field.name(), field.theirs(), field.yours(), "yours"));
        out.println("    yours   " + value(field.name(), field.yours(), field.theirs(), "theirs"));
    }

    private String value(String name, Object value, Object other, String otherSide) {
        if (!(value instanceof List<?> list)) {
            String text = words.value(value).replace('\n', ' ');
            return text.length() <= WIDE ? text : text.substring(0, WIDE - 1) + "…";
        }
        if (list.isEmpty()) {
            return "None";
        }
        String[] noun = NOUNS.getOrDefault(name, new String[] {"item", "items"});
        List<ConflictWords.Item> notInOther = words.items(list, other, true).stream()
                .filter(ConflictWords.Item::changed).toList();
        StringBuilder text = new StringBuilder(Wording.count(list.size(), noun[0], noun[1]));
        if (notInOther.isEmpty()) {
            return text.append(", all in ").append(otherSide).append(" too").toString();
        }
        text.append(", ").append(notInOther.size()).append(" not in ").append(otherSide).append(':');
        notInOther.stream().limit(SHOWN).forEach(item -> text.append("\n              ").append(item.text()));
        if (notInOther.size() > SHOWN) {
            text.append("\n              … and ").append(notInOther.size() - SHOWN).append(" more");
        }
        return text.toString();
    }

    /** The field for --format json: every value whole, a list as its items in words. */
    Map<String, Object> json(Field field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("field", field.name());
        json.put("change", field.change());
        json.put("suggested", side(field.suggested()));
        json.put("base", field.hasBase() ? jsonValue(field.base()) : null);
        json.put("theirs", jsonValue(field.theirs()));
        json.put("yours", jsonValue(field.yours()));
        return json;
    }

    private Object jsonValue(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? List.of() : words.items(list, null, false).stream().map(ConflictWords.Item::text).toList();
        }
        return words.value(value);
    }
}
