package com.promisedesk.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Maps a JSON pointer to the line and column where its value starts (its key, for a
 * field) by walking the text once. Used only when something is wrong, so a good
 * file is parsed once. A value that is not in the text (a missing field) is placed
 * at its nearest ancestor that is.
 */
final class SourcePositions {

    /** 1-based line and column; 0 when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);
    }

    private final JsonFactory factory;
    private final String text;

    SourcePositions(JsonFactory factory, String text) {
        this.factory = factory;
        this.text = text;
    }

    Position locate(String pointer) {
        Set<String> wanted = selfAndAncestors(pointer);
        Map<String, Position> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String at = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(at) && !found.containsKey(at)) {
                    JsonLocation location = parser.currentTokenLocation();
                    found.put(at, new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0)));
                    if (at.equals(pointer)) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // The text was parsed into a tree before, so this cannot happen; use what was found.
        }
        for (String candidate : wanted) {
            Position position = found.get(candidate);
            if (position != null) {
                return position;
            }
        }
        return Position.UNKNOWN;
    }

    /** Deepest first: {@code /a/b}, {@code /a}, {@code ""}. */
    private static Set<String> selfAndAncestors(String pointer) {
        Set<String> pointers = new LinkedHashSet<>();
        String at = pointer;
        while (!at.isEmpty()) {
            pointers.add(at);
            at = at.substring(0, at.lastIndexOf('/'));
        }
        pointers.add("");
        return pointers;
    }
}
