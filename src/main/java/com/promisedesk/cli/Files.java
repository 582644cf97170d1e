package com.promisedesk.cli;

import com.promisedesk.store.file.BadFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a file the user named, turning I/O problems into a {@link BadFileException} that names it. */
final class Files {

    private Files() {
    }

    static String read(Path file) throws BadFileException {
        try {
            return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            throw new BadFileException(file.toString(), 0, 0, "", why);
        }
    }
}
