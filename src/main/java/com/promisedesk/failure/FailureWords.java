package com.promisedesk.failure;

import java.io.EOFException;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Why something failed, in the words of the person who reads it: "permission denied",
 * "connection refused", "a file of that name is in the way", never a Java class name.
 * The one place every layer (the local store, sync, the central store, the command line
 * and the app) turns an exception into plain words; it lives in {@code failure}, below
 * every layer that touches files, SQLite and the network, so all of them may use it.
 */
public final class FailureWords {

    /** A Java class or exception name, which a person must never be shown. */
    private static final Pattern JAVA_NAME =
            Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+|\\w+(Exception|Error)\\b|\\bSQL State\\b");

    /** What {@link #why(Throwable)} says when no cause tells anything a person could use. */
    public static final String UNKNOWN = "an unexpected problem";

    private FailureWords() {
    }

    /** The plain reason for {@code failure}, taken from the most telling exception of its causes. */
    public static String why(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String known = known(t);
            if (known != null) {
                return known;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (plain(t.getMessage())) {
                return t.getMessage().strip();
            }
        }
        return UNKNOWN;
    }

    /**
     * What to tell a person about {@code failure}: its own message when that is written for
     * people (ours say what failed and why), else the plain reason of {@link #why(Throwable)}.
     */
    public static String describe(Throwable failure) {
        return plain(failure.getMessage()) ? failure.getMessage().strip() : why(failure);
    }

    /** Whether {@code text} can be shown as it is: not empty, one line, no Java names, no SQL block. */
    public static boolean plain(String text) {
        return text != null && !text.isBlank() && !text.contains("\n") && !JAVA_NAME.matcher(text).find();
    }

    /** Whether {@code failure} says the SQLite file is not a database, or a damaged one. */
    public static boolean damagedDatabase(Throwable failure) {
        SQLiteErrorCode code = sqliteCode(failure);
        return code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT;
    }

    private static String known(Throwable t) {
        if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException) {
            return "a file of that name is in the way";
        }
        if (t instanceof NoSuchFileException) {
            return "there is no such file or folder";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof FileSystemException fs) {
            String reason = osReason(fs.getReason());
            return reason != null ? reason : plain(fs.getReason()) ? fs.getReason().toLowerCase(Locale.ROOT)
                    : "the file system refused";
        }
        if (t instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        }
        if (t instanceof HttpConnectTimeoutException) {
            return "the connection timed out";
        }
        if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
            return "no answer in time";
        }
        if (t instanceof ConnectException) {
            return "connection refused";
        }
        if (t instanceof NoRouteToHostException) {
            return "no route to that host";
        }
        if (t instanceof UnknownHostException) {
            return "unknown host" + (plain(t.getMessage()) ? " " + t.getMessage() : "");
        }
        if (t instanceof BindException) {
            return "the address is already in use";
        }
        if (t instanceof SSLException) {
            return "the secure connection failed (is the server's certificate trusted?)";
        }
        if (t instanceof EOFException) {
            return "the connection was closed before the answer was complete";
        }
        if (t instanceof SQLiteException sqlite) {
            return sqlite(sqlite);
        }
        // Some reads fail with the operating system's reason alone ("Is a directory").
        return t instanceof IOException ? osReason(t.getMessage()) : null;
    }

    /** The operating system's reason for a failed file operation, in words; null when it is not one of these. */
    private static String osReason(String reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason.strip().toLowerCase(Locale.ROOT)) {
            case "not a directory" -> "a file of that name is in the way";
            case "is a directory" -> "it is a folder, not a file";
            case "read-only file system" -> "the disk is read-only";
            case "no space left on device", "disk quota exceeded" -> "the disk is full";
            case "permission denied", "operation not permitted" -> "permission denied";
            case "input/output error" -> "reading or writing the disk failed";
            default -> null;
        };
    }

    private static String sqlite(SQLiteException failure) {
        // An extended code (SQLITE_IOERR_WRITE, SQLITE_BUSY_RECOVERY, …) carries its primary one in its low byte.
        SQLiteErrorCode code = SQLiteErrorCode.getErrorCode(failure.getResultCode().code & 0xff);
        return switch (code) {
            case SQLITE_NOTADB, SQLITE_CORRUPT -> "it is not a PromiseDesk database, or it is damaged";
            case SQLITE_BUSY, SQLITE_LOCKED -> "another program is using it; try again in a moment";
            case SQLITE_FULL -> "the disk is full";
            case SQLITE_READONLY -> "it can only be read, not written (read-only)";
            case SQLITE_PERM, SQLITE_AUTH -> "permission denied";
            case SQLITE_CANTOPEN -> "the file cannot be opened (a missing folder, or no permission)";
            case SQLITE_IOERR -> "reading or writing the disk failed";
            // SQLite's own words after the code's name: "A foreign key constraint failed (FOREIGN KEY constraint failed)"
            default -> {
                String words = failure.getMessage() == null ? "" : failure.getMessage().replaceFirst("^\\[\\w+\\]\\s*", "");
                yield plain(words) ? words : "the database failed";
            }
        };
    }

    private static SQLiteErrorCode sqliteCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return SQLiteErrorCode.getErrorCode(sqlite.getResultCode().code & 0xff);
            }
        }
        return null;
    }
}
