package com.promisedesk.cli;

import com.promisedesk.check.DateText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * How option values are read and how a wrong one is told: "--date: 2026-13-01 is not a
 * date; write it as …", not picocli's "cannot convert … to class java.time.LocalDate".
 * Every wrong use of the command line exits 64.
 */
final class Values {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Values() {
    }

    /** The converters for every option of these types, in every command of {@code commandLine}. */
    static void register(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, new DateConverter());
        commandLine.registerConverter(Integer.class, new NumberConverter());
        commandLine.registerConverter(int.class, new NumberConverter());
    }

    // Classes, not method references: picocli's interfaces are Java 5 class files, and a lambda
    // implementing one crashes the JDK 17 class-data archive dump (JDK-8274944) that starts the app faster.

    private static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            return date(value);
        }
    }

    private static final class NumberConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return number(value);
        }
    }

    /** Says what was wrong with the command line and how to get help (an object, not a lambda: see above). */
    static final class BadUsage implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException problem, String[] args) {
            return badUsage(problem, args);
        }
    }

    /** A day as the app's date fields read one (2026-12-21, 21 Dec 2026, 21.12.2026, 21/12/2026). */
    static LocalDate date(String text) {
        return DateText.parse(text).orElseThrow(() -> new TypeConversionException(DateText.notADate(text)));
    }

    static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException(text + " is not a whole number");
        }
    }

    /** A language tag such as en-GB or de-DE, with a language (and country, when given) the system knows. */
    static String languageTag(String text) {
        Locale locale = Locale.forLanguageTag(text.strip().replace('_', '-'));
        boolean known = LANGUAGES.contains(locale.getLanguage())
                && (locale.getCountry().isEmpty() || COUNTRIES.contains(locale.getCountry()));
        if (!known) {
            throw new TypeConversionException(text + " is not a language tag (write one such as en-GB, en-US or de-DE)");
        }
        return locale.toLanguageTag();
    }

    /** Reads {@code --locale}: a language tag the system knows, or a plain refusal. */
    static final class LanguageTag implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return languageTag(value);
        }
    }

    /** Picocli's parameter exception handler: one plain line saying what is wrong, one saying where help is. */
    static int badUsage(ParameterException problem, String[] args) {
        CommandLine wrong = problem.getCommandLine();
        wrong.getErr().println("error: " + message(problem));
        wrong.getErr().println("Try '" + wrong.getCommandSpec().qualifiedName() + " --help'.");
        if (Failures.verbose(wrong)) {
            problem.printStackTrace(wrong.getErr());
        }
        return PromiseDeskCommand.BAD_USAGE;
    }

    private static String message(ParameterException problem) {
        ArgSpec arg = problem.getArgSpec();
        if (problem.getCause() instanceof TypeConversionException wrongValue && arg != null) {
            String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
            return name + ": " + wrongValue.getMessage();
        }
        // Picocli starts some of its own messages (those of option groups) with "Error: ".
        return problem.getMessage().replaceFirst("^Error: ", "");
    }
}
