package com.promisedesk.sync.wire;

/** {@code POST /v1/catalog}: a catalog file (YAML or JSON) to publish as a new version. */
public record PublishRequest(String fileName, String source) {
}
