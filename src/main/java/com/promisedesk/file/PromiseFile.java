package com.promisedesk.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.promisedesk.domain.Promise;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The promise file: the JSON of docs/promise-file.md, used for import, export
 * and interchange. What {@link #write(Promise)} gives, {@link #parse} reads back equal.
 */
public final class PromiseFile {

    private PromiseFile() {
    }

    public static Promise read(Path file) throws BadFileException {
        return SourceText.of(file).read(new PromiseReader()::read);
    }

    /** A promise without an id gets a new random one; a missing status is DRAFT. */
    public static Promise parse(String text, String fileName) throws BadFileException {
        return new SourceText(text, fileName).read(new PromiseReader()::read);
    }

    /**
     * Reads a promise from a JSON tree already parsed (a promise inside a sync answer), without
     * writing it out as text first. The same checks as {@link #parse(String, String)}; a bad
     * promise is rejected with exactly the message {@code parse(tree.toString(), name)} gives.
     */
    public static Promise parse(JsonNode tree, String name) throws BadFileException {
        return SourceText.read(tree, name, new PromiseReader()::read);
    }

    public static String write(Promise promise) {
        return new PromiseWriter().write(promise);
    }

    /** Writes to a temporary file beside {@code file} and moves it over, so a reader never sees half a promise. */
    public static void write(Promise promise, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, write(promise), StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
