package com.promisedesk.cli;

import com.promisedesk.check.DateText;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every date option of the command line ({@code --due}, {@code --date}, …) as the app's
 * date fields read a day, so a date a rep types in one place works in all; a value that is no
 * day is bad usage (exit 64) with the forms that work.
 */
final class DateOption implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        return DateText.parse(value).orElseThrow(() -> new TypeConversionException(DateText.notADate(value)));
    }
}
