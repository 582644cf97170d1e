package com.promisedesk.sync.wire;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON settings both ends agree on. */
public final class WireJson {

    /** Deeper than any promise or request ever is; deeper input is refused before it can exhaust a stack. */
    public static final int MAX_NESTING = 32;

    private WireJson() {
    }

    /** A new mapper: ISO dates, unknown fields ignored (a newer peer may send more), strict numbers. */
    public static ObjectMapper mapper(long maxStringLength) {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // A promised term of 4.50 stays 4.50 through the wire (as the promise file keeps it).
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxStringLength))
                .build());
        return mapper;
    }

    /** A mapper for the client side, which reads what its own server sends. */
    public static ObjectMapper mapper() {
        return mapper(256L * 1024 * 1024);
    }
}
