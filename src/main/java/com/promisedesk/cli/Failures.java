package com.promisedesk.cli;

import com.promisedesk.domain.InvalidValueException;
import com.promisedesk.store.StoreException;
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

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        java.io.PrintWriter err = command.getErr();
        if (failure instanceof BadFileException || failure instanceof UserError
                || failure instanceof InvalidValueException) {
            err.println("error: " + failure.getMessage());
            return PromiseDeskCommand.BAD_DATA;
        }
        if (failure instanceof StoreException) {
            err.println("error: " + failure.getMessage());
            return STORE_FAILED;
        }
        LOG.error("Unexpected failure", failure);
        err.println("error: an unexpected problem stopped PromiseDesk (" + failure + "). Details are in the log above.");
        return INTERNAL;
    }
}
