package com.promisedesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The production classes as ArchUnit sees them, imported once per test JVM and only from the
 * folder the app's classes are compiled to: scanning every jar on the test class path for
 * {@code com.promisedesk} (the embedded PostgreSQL binaries among them) took seconds.
 */
final class ProductionClasses {

    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter().importPath(appClasses());
        }
        return classes;
    }

    private static Path appClasses() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
