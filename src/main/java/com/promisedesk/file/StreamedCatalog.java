package com.promisedesk.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.promisedesk.domain.Capability;
import com.promisedesk.domain.Catalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a catalog capability by capability from a stream, so neither the file's text nor its
 * whole tree is in memory at once (a 50,000-capability catalog is a 39 MB text and a tree of
 * several times that). Only a good catalog is read this way: at the first thing that is off
 * it gives up, and the caller reads the whole text as {@link CatalogFile#parse} does, which
 * names the problem with its line and field exactly as before.
 */
final class StreamedCatalog {

    /** How far the reader looks for the first character to tell JSON from YAML. */
    private static final int PEEK_CHARS = 8192;

    // Each value is one part of the file, so what follows it is no trailing text; the end is checked below.
    private static final ObjectReader JSON_PART = part(SourceText.JSON);
    private static final ObjectReader YAML_PART = part(SourceText.YAML);

    private StreamedCatalog() {
    }

    private static ObjectReader part(ObjectMapper mapper) {
        return mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The catalog; empty when the stream holds anything {@link CatalogReader} would refuse or cannot read. */
    static Optional<Catalog> read(Reader source) {
        try (BufferedReader in = new BufferedReader(source, 64 * 1024)) {
            in.mark(PEEK_CHARS);
            Boolean json = opensLikeJson(in);
            if (json == null) {
                return Optional.empty();
            }
            in.reset();
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            ObjectMapper mapper = json ? SourceText.JSON : SourceText.YAML;
            try (JsonParser parser = mapper.createParser(in)) {
                return read(parser, json ? JSON_PART : YAML_PART);
            }
        } catch (IOException | FileProblem | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Catalog> read(JsonParser parser, ObjectReader mapper) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        CatalogReader reader = new CatalogReader();
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        List<Capability> offered = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("capabilities") && offered == null) {
                offered = capabilities(parser, mapper, reader);
            } else if ((field.equals("catalog") || field.equals("policy")) && !head.has(field)) {
                head.set(field, mapper.readTree(parser));
            } else {
                return Optional.empty();
            }
        }
        if (offered == null || parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return Optional.empty();
        }
        head.putArray("capabilities");
        FileNode root = new FileNode(head, FieldPath.ROOT);
        root.mapping("catalog", "policy", "capabilities");
        return Optional.of(reader.head(root).catalog(root, offered));
    }

    /** One capability's tree at a time: each is read and dropped before the next is parsed. */
    private static List<Capability> capabilities(JsonParser parser, ObjectReader mapper, CatalogReader reader)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("capabilities is not a list");
        }
        FieldPath list = FieldPath.ROOT.child("capabilities");
        List<Capability> offered = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode tree = mapper.readTree(parser);
            offered.add(reader.capability(new FileNode(tree, list.index(offered.size()))));
        }
        return offered;
    }

    /** True for JSON, false for YAML, null when only blanks come first for longer than the reader looks. */
    private static Boolean opensLikeJson(Reader in) throws IOException {
        for (int i = 0; i < PEEK_CHARS - 1; i++) {
            int c = in.read();
            if (c == -1 || (c != '\uFEFF' && !Character.isWhitespace(c))) {
                return c == '{' || c == '[';
            }
        }
        return null;
    }
}
