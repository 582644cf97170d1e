package com.promisedesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * A stored document on its way out: sent as the JSON text it is, not read into a tree and
 * written again (a first sync sends 100,000 of them). Only the layout between tokens is
 * dropped, so the answer is as small as a written tree would be. The server stores only
 * documents it wrote itself from a checked promise, so the text is JSON.
 */
final class StoredJson {

    private StoredJson() {
    }

    static JsonNode raw(JsonNodeFactory nodes, String doc) {
        return nodes.rawValueNode(new RawValue(compact(doc)));
    }

    /** {@code json} without the spaces, tabs and line breaks between its tokens; strings untouched. */
    static String compact(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
