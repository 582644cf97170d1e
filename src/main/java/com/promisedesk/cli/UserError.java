package com.promisedesk.cli;

/** A problem the user can fix (unknown id, missing file): one line on stderr, exit code 65, no stack trace. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
