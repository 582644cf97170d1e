package com.promisedesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A notice as the JSON the local store keeps (its {@code body}) and sync carries: the whole
 * {@link Notice}, so an issued notice is exported again, on any device, with the same words
 * and fingerprint.
 */
public final class NoticeJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private NoticeJson() {
    }

    public static String write(Notice notice) {
        try {
            return JSON.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice is always written as JSON", e);
        }
    }

    /** @throws IllegalArgumentException when {@code json} is not a notice */
    public static Notice read(String json) {
        try {
            return JSON.readValue(json, Notice.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the stored notice cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
