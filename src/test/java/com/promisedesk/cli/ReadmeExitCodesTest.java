package com.promisedesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.promisedesk.Slow;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exit codes the README documents are the ones {@code promisedesk --help} lists and the
 * ones the code returns: every exit-code constant of the command line and of the server's
 * commands (the sysexits range, 64 to 78), and for {@code check} its verdict codes.
 */
@Slow
class ReadmeExitCodesTest {

    private static final Pattern CODE = Pattern.compile("`(\\d{1,3})`");
    private static final Pattern EXIT_MENTION = Pattern.compile("(?i)\\bexits? `(\\d{1,3})`");

    private static List<String> readme;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readAllLines(Path.of("README.md"));
    }

    @Test
    void theReadmesExitCodesAreTheOnesHelpListsAndTheCodeReturns() {
        Set<Integer> inCode = exitCodeConstants();
        inCode.add(0);

        assertThat(documentedInExitCodeParagraphs()).as("the codes after 'Exit codes' in README.md")
                .isEqualTo(inCode);
        assertThat(helpExitCodes()).as("the exit codes 'promisedesk --help' lists").isEqualTo(inCode);
    }

    @Test
    void everyExitCodeTheReadmeMentionsIsOneTheCodeReturns() {
        Set<Integer> returned = exitCodeConstants();
        returned.addAll(List.of(0, CheckCommand.NEEDS_APPROVAL, CheckCommand.NOT_DELIVERABLE));
        Set<Integer> mentioned = new TreeSet<>();
        Matcher m = EXIT_MENTION.matcher(String.join("\n", readme));
        while (m.find()) {
            mentioned.add(Integer.parseInt(m.group(1)));
        }

        assertThat(mentioned).as("codes README.md mentions after 'exit'").isNotEmpty();
        assertThat(returned).containsAll(mentioned);
    }

    @Test
    void checksRowGivesItsVerdictCodes() {
        String row = readme.stream().filter(line -> line.startsWith("| `promisedesk check ")).findFirst().orElseThrow();
        Set<Integer> codes = codes(row.substring(row.indexOf("Exit `")));

        assertThat(codes).containsExactlyInAnyOrder(0, CheckCommand.NEEDS_APPROVAL, CheckCommand.NOT_DELIVERABLE);
    }

    /** Every code in the passages that begin "Exit codes", to the end of their paragraph. */
    private static Set<Integer> documentedInExitCodeParagraphs() {
        Set<Integer> codes = new TreeSet<>();
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.contains("Exit codes")) {
                String rest = ReadmeCommandTable.paragraph(readme, i);
                codes.addAll(codes(rest.substring(rest.indexOf("Exit codes"))));
            }
        }
        return codes;
    }

    private static Set<Integer> helpExitCodes() {
        Set<Integer> codes = new TreeSet<>();
        ReadmeCommandTableTest.jarCommandLine().getCommandSpec().usageMessage().exitCodeList().keySet()
                .forEach(key -> codes.add(Integer.parseInt(key.trim())));
        return codes;
    }

    private static Set<Integer> codes(String text) {
        Set<Integer> codes = new TreeSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(Integer.parseInt(m.group(1)));
        }
        return codes;
    }

    /** The int constants from 64 to 78 (sysexits) in the command line's and the server's classes. */
    private static Set<Integer> exitCodeConstants() {
        Set<Integer> codes = new TreeSet<>();
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.promisedesk.cli", "com.promisedesk.server");
        for (JavaClass type : classes) {
            for (Field field : type.reflect().getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == int.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
                    field.setAccessible(true);
                    try {
                        int value = field.getInt(null);
                        if (value >= 64 && value <= 78) {
                            codes.add(value);
                        }
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        assertThat(codes).as("exit-code constants found").contains(PromiseDeskCommand.BAD_USAGE, Failures.INTERNAL);
        return codes;
    }
}
