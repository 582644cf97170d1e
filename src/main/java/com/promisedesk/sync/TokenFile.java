package com.promisedesk.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The rep's token, remembered in the data folder in a file only the user may read
 * (mode 600 where the file system has POSIX permissions). Never in the database, never logged.
 */
public final class TokenFile {

    public static final String NAME = "sync-token";

    private final Path file;

    public TokenFile(Path dataDir) {
        this.file = dataDir.toAbsolutePath().resolve(NAME);
    }

    public Path file() {
        return file;
    }

    public Optional<String> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String token = Files.readString(file, StandardCharsets.UTF_8).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** Forgets the token (sign out); true when there was one. */
    public boolean delete() throws IOException {
        return Files.deleteIfExists(file);
    }

    /** Writes a temporary file created with owner-only permissions, then moves it over the old one. */
    public void write(String token) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp;
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            temp = Files.createTempFile(file.getParent(), "." + NAME, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            temp = Files.createTempFile(file.getParent(), "." + NAME, ".tmp");
            var f = temp.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
        try {
            Files.writeString(temp, token + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
