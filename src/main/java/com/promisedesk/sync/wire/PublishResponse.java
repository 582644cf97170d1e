package com.promisedesk.sync.wire;

/** @param created false when this version was already published with the same text */
public record PublishResponse(String version, int capabilities, boolean created) {
}
