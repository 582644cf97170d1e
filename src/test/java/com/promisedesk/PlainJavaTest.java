package com.promisedesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

/**
 * {@code domain} and {@code check} are plain Java (README, "For developers": no I/O): of the JDK they
 * use only values, collections and time. No files, network, database, processes or reflection, so
 * a rule or a record can never reach outside the JVM; LayeringTest alone allowed any {@code java..}.
 */
class PlainJavaTest {

    /** What {@code domain} and {@code check} may use of the JDK. Everything else there fails. */
    static final String[] PLAIN_JDK = {
        "java.lang", "java.math", "java.text", "java.time..",
        "java.util", "java.util.function", "java.util.stream", "java.util.regex",
        // BusinessCalendar keeps the holidays it computed per year in a ConcurrentHashMap.
        "java.util.concurrent",
    };

    @Test
    void domainUsesOnlyPlainJava() {
        noClasses().that().resideInAPackage("com.promisedesk.domain..")
                .should().dependOnClassesThat(jdkBeyondPlainJava())
                .check(ProductionClasses.get());
    }

    @Test
    void checkUsesOnlyPlainJava() {
        noClasses().that().resideInAPackage("com.promisedesk.check..")
                .should().dependOnClassesThat(jdkBeyondPlainJava())
                .check(ProductionClasses.get());
    }

    private static DescribedPredicate<JavaClass> jdkBeyondPlainJava() {
        return resideInAnyPackage("java..", "javax..", "jdk..", "sun..", "com.sun..")
                .and(DescribedPredicate.not(resideInAnyPackage(PLAIN_JDK)))
                .as("JDK classes outside %s", String.join(", ", PLAIN_JDK));
    }
}
