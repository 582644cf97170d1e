package com.promisedesk.cli;

import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.failure.FailureWords;
import com.promisedesk.store.StoreException;
import com.promisedesk.file.BadFileException;
import com.promisedesk.sync.SyncException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure into one plain line on stderr and an exit code (sysexits): 64 bad usage,
 * 65 bad data, 74 the store or a file could not be read or written, 75 try again, 77 the
 * token was refused, 70 a fault of ours. Never a stack trace or a Java name unless the
 * user asked for the details with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler {

    static final int STORE_FAILED = 74;
    static final int INTERNAL = 70;

    /** The token was refused (sysexits EX_NOPERM). */
    static final int REFUSED = 77;
    /** Worth running again later: network, busy server (sysexits EX_TEMPFAIL). */
    static final int TRY_AGAIN = 75;

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        int exit = exitCode(failure);
        if (exit == INTERNAL) {
            String why = FailureWords.why(failure);
            err.println("error: an unexpected problem stopped PromiseDesk" + (why.equals(FailureWords.UNKNOWN) ? "" : ": " + why)
                    + (verbose(command) ? "" : ". Run it again with --verbose for the details, and tell us."));
        } else {
            String message = failure.getMessage();
            err.println("error: " + (FailureWords.plain(message) || exit != STORE_FAILED ? message
                    : FailureWords.why(failure)));
        }
        if (verbose(command)) {
            failure.printStackTrace(err);
        }
        return exit;
    }

    static int exitCode(Exception failure) {
        if (failure instanceof UserError user) {
            return user.exitCode();
        }
        if (failure instanceof BadFileException || failure instanceof InvalidValueException) {
            return PromiseDeskCommand.BAD_DATA;
        }
        if (failure instanceof SyncException sync) {
            return syncExitCode(sync);
        }
        if (failure instanceof StoreException || failure instanceof java.io.IOException) {
            return STORE_FAILED;
        }
        return INTERNAL;
    }

    /** Whether the user asked for the details: {@code --verbose}, an option of the root that every command takes. */
    static boolean verbose(CommandLine command) {
        Object root = command.getCommandSpec().root().userObject();
        return root instanceof PromiseDeskCommand promisedesk && promisedesk.verbose;
    }

    private static int syncExitCode(SyncException e) {
        if (e.refused()) {
            return REFUSED;
        }
        if (e.notSetUp() || e.wrongAddress() || e.plainHttp() || "client".equals(e.code())) {
            return PromiseDeskCommand.BAD_USAGE;
        }
        if ("local".equals(e.code())) {
            return STORE_FAILED;
        }
        if (e.status() >= 400 && e.status() < 500) {
            return PromiseDeskCommand.BAD_DATA;
        }
        return TRY_AGAIN;
    }
}
