package com.promisedesk.file;

import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a file the user named as UTF-8 text; every way that can fail becomes a {@link BadFileException} naming it. */
public final class FileText {

    private FileText() {
    }

    public static String read(Path file) throws BadFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadFileException(file.toString(), 0, 0, "", "the file does not exist");
        } catch (AccessDeniedException e) {
            throw new BadFileException(file.toString(), 0, 0, "", "the file cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new BadFileException(file.toString(), 0, 0, "", "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new BadFileException(file.toString(), 0, 0, "", "the file cannot be read: " + FailureWords.why(e));
        }
    }
}
