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
import java.io.UncheckedIOException;
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
        CatalogReader reader = new CatalogReader();
        FieldPath list = FieldPath.ROOT.child("capabilities");
        List<Capability> offered = new ArrayList<>();
        try {
            return walk(source, tree -> offered.add(reader.capability(new FileNode(tree, list.index(offered.size())))))
                    .map(head -> {
                        FileNode root = new FileNode(head, FieldPath.ROOT);
                        root.mapping("catalog", "policy", "capabilities");
                        return reader.head(root).catalog(root, offered);
                    });
        } catch (FileProblem | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The catalog's parts as JSON, for the store to keep apart; empty when {@link #read} would be. */
    static Optional<CatalogParts> parts(Reader source) {
        List<String> capabilities = new ArrayList<>();
        return walk(source, tree -> capabilities.add(json(tree)))
                .map(head -> {
                    head.remove("capabilities");
                    return new CatalogParts(json(head), capabilities);
                });
    }

    private static String json(JsonNode tree) {
        try {
            return SourceText.JSON.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What becomes of each capability's tree, read and dropped before the next is parsed. */
    private interface EachCapability {
        void take(JsonNode tree) throws IOException;
    }

    /** The head (catalog and policy) after handing each capability to {@code each}; empty when anything is off. */
    private static Optional<ObjectNode> walk(Reader source, EachCapability each) {
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
                return walk(parser, json ? JSON_PART : YAML_PART, each);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ObjectNode> walk(JsonParser parser, ObjectReader mapper, EachCapability each) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        boolean offered = false;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("capabilities") && !offered) {
                capabilities(parser, mapper, each);
                offered = true;
            } else if ((field.equals("catalog") || field.equals("policy")) && !head.has(field)) {
                head.set(field, mapper.readTree(parser));
            } else {
                return Optional.empty();
            }
        }
        if (!offered || parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return Optional.empty();
        }
        head.putArray("capabilities");
        return Optional.of(head);
    }

    private static void capabilities(JsonParser parser, ObjectReader mapper, EachCapability each) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("capabilities is not a list");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            each.take(mapper.readTree(parser));
        }
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
