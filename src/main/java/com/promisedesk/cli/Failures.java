package com.promisedesk.cli;

import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.store.StoreException;
import com.promisedesk.sync.SyncException;
import com.promisedesk.store.file.BadFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into one line on stderr and an exit code (sysexits): 65 bad data,
 * 74 the store could not be read or written, 70 a fault of ours. Never a stack trace for
 * a user error; ours go to the log.
 */
final class Failures implements IExecutionExceptionHandler {

    static final int STORE_FAILED = 74;
    static final int INTERNAL = 70;

    /** The token was refused (sysexits EX_NOPERM). */
    static final int REFUSED = 77;
    /** Worth running again later: network, busy server (sysexits EX_TEMPFAIL). */
    static final int TRY_AGAIN = 75;

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        java.io.PrintWriter err = command.getErr();
        if (failure instanceof BadFileException || failure instanceof UserError
                || failure instanceof InvalidValueException) {
            err.println("error: " + failure.getMessage());
            return PromiseDeskCommand.BAD_DATA;
        }
        if (failure instanceof SyncException sync) {
            err.println("error: " + sync.getMessage());
            return syncExitCode(sync);
        }
        if (failure instanceof StoreException) {
            err.println("error: " + failure.getMessage());
            return STORE_FAILED;
        }
        if (failure instanceof java.io.IOException io) {
            err.println("error: " + io.getMessage());
            return STORE_FAILED;
        }
        LOG.error("Unexpected failure", failure);
        err.println("error: an unexpected problem stopped PromiseDesk (" + failure + "). Details are in the log above.");
        return INTERNAL;
    }

    private static int syncExitCode(SyncException e) {
        if (e.refused()) {
            return REFUSED;
        }
        if (e.notSetUp()) {
            return PromiseDeskCommand.BAD_DATA;
        }
        if ("client".equals(e.code())) {
            return PromiseDeskCommand.BAD_USAGE;
        }
        if (e.status() >= 400 && e.status() < 500) {
            return PromiseDeskCommand.BAD_DATA;
        }
        return TRY_AGAIN;
    }
}
