package com.promisedesk.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.sync.wire.WireJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a request body as JSON within a memory budget. The bytes are read (at most the body
 * limit), checked to be UTF-8, then walked once as a stream, which costs no memory per
 * value, before any tree is built: repeated keys, lone surrogates, a second value, more than
 * {@link #MAX_ARRAY_ITEMS} items in one array or {@link #MAX_VALUES} values in all are
 * refused there. A 16 MiB body of empty arrays would otherwise become millions of objects.
 */
final class JsonBody {

    /** Above every batch the protocol allows (500 changes, 10,000 superseded ids). */
    static final int MAX_ARRAY_ITEMS = 10_000;
    /**
     * Above any real batch (the device sends 100 promises of a few hundred values each); keeps a
     * tree in tens of MB. A bigger batch is too large, as one over the byte limit: send fewer.
     */
    static final int MAX_VALUES = 500_000;

    /** Jackson places positions with a redacted source; keep only line and column. */
    private static final Pattern SOURCE_INSIDE = Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)]");
    /** Words that would tell a client how the server is built. */
    private static final Pattern INTERNAL = Pattern.compile("com\\.|java\\.|jackson|Exception|Feature|Constraints|`",
            Pattern.CASE_INSENSITIVE);

    private final ObjectMapper json;
    private final long maxBodyBytes;

    JsonBody(ObjectMapper json, long maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    JsonNode read(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] bytes;
        try (var in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (bytes.length > maxBodyBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest("body", "is empty; send a JSON object");
        }
        return parse(bytes);
    }

    /** The checked tree of {@code bytes}; anything wrong is a 400 naming where. */
    JsonNode parse(byte[] bytes) throws IOException {
        requireUtf8(bytes);
        try {
            walk(bytes);
            return json.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw ApiError.badRequest("body", constraint(e));
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("body", "is not valid JSON" + syntax(e));
        } catch (NumberFormatException e) {
            // 1e99999999999 is a number to the parser but none that a decimal can hold.
            throw ApiError.badRequest("body", "holds a number too large to read");
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "too_large", "the request body is larger than " + maxBodyBytes
                + " bytes; send fewer changes per batch", null);
    }

    /** Decoding by hand, because String's constructor turns a bad byte into U+FFFD (or worse) without a word. */
    private static void requireUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw ApiError.badRequest("body", "is not UTF-8: the bytes at offset " + in.position()
                        + " are no character (overlong, a surrogate, beyond U+10FFFF or cut short)");
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private void walk(byte[] bytes) throws IOException {
        try (JsonParser parser = json.getFactory().createParser(bytes)) {
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            long values = 0;
            boolean rootSeen = false;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                    continue;
                }
                if (token == JsonToken.FIELD_NAME) {
                    requireWholeCharacters(parser.currentName(), parser.getParsingContext());
                    continue;
                }
                JsonStreamContext container = token.isStructStart()
                        ? parser.getParsingContext().getParent() : parser.getParsingContext();
                if (container.inRoot()) {
                    if (rootSeen) {
                        throw ApiError.badRequest("body", "holds more after its JSON value; send one object");
                    }
                    rootSeen = true;
                } else if (container.inArray() && container.getCurrentIndex() >= MAX_ARRAY_ITEMS) {
                    // Named as the array itself: changes, not changes[10000].
                    String most = String.format(Locale.ROOT, "%,d", MAX_ARRAY_ITEMS);
                    throw ApiError.badRequest(field(container.getParent()), "holds more than " + most
                            + " items; at most " + most + " in one array");
                }
                if (++values > MAX_VALUES) {
                    throw new ApiError(413, "too_large", "the request body holds more than "
                            + String.format(Locale.ROOT, "%,d", MAX_VALUES) + " JSON values; send fewer changes per batch",
                            null);
                }
                if (token == JsonToken.VALUE_STRING) {
                    requireWholeCharacters(parser.getText(), container);
                }
            }
        }
    }

    /** An escape such as {@code \ud800} decodes to half a character, which no text can store. */
    private static void requireWholeCharacters(String text, JsonStreamContext at) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiError.badRequest(field(at), "holds half a character (a lone surrogate \\u"
                        + Integer.toHexString(c) + "); send whole characters");
            }
        }
    }

    /** {@code changes[3].promise.title} for the entry the parser is at inside {@code context}. */
    static String field(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inArray() ? "[" + Math.max(c.getCurrentIndex(), 0) + "]"
                    : c.getCurrentName() == null ? "" : "." + c.getCurrentName();
            path.insert(0, step);
        }
        String field = path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
        return field.isEmpty() ? "body" : field;
    }

    private static String constraint(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting")) {
            return "nests deeper than " + WireJson.MAX_NESTING + " levels";
        }
        if (message.contains("Number")) {
            return "holds a number too long to read";
        }
        return "holds a string or name longer than a request may hold";
    }

    private static String syntax(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate field ")) {
            return ": the field " + message.substring("Duplicate field ".length()) + " appears twice in one object";
        }
        message = SOURCE_INSIDE.matcher(message.lines().findFirst().orElse("")).replaceAll("line $1, column $2");
        var at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return where + (message.isBlank() || INTERNAL.matcher(message).find() ? "" : ": " + message);
    }
}
