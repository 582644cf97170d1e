package com.promisedesk.cli;

/**
 * A problem the user can fix: one line on stderr, no stack trace, and the exit code that
 * says which kind: 65 bad data (an unknown id, a bad file), 64 bad usage (an option out of
 * range, an ambiguous id), 74 a file that could not be written.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /** Bad data: exit 65. */
    UserError(String message) {
        this(message, PromiseDeskCommand.BAD_DATA, null);
    }

    private UserError(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The command was used wrongly (an option's value, too short or ambiguous an id): exit 64. */
    static UserError usage(String message) {
        return new UserError(message, PromiseDeskCommand.BAD_USAGE, null);
    }

    /** A file the user named could not be written or read: exit 74; {@code --verbose} shows the cause. */
    static UserError io(String message, Throwable cause) {
        return new UserError(message, Failures.STORE_FAILED, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
