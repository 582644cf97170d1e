package com.promisedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The allowed directions between the layers (README, "For developers"; each package-info.java), as tests. */
class LayeringTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.promisedesk");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("com.promisedesk.domain..")
                .layer("check").definedBy("com.promisedesk.check..")
                .layer("failure").definedBy("com.promisedesk.failure..")
                .layer("file").definedBy("com.promisedesk.file..")
                .layer("jdbc").definedBy("com.promisedesk.jdbc..")
                .layer("store").definedBy("com.promisedesk.store..")
                .layer("sync").definedBy("com.promisedesk.sync..")
                .layer("export").definedBy("com.promisedesk.export..")
                .layer("server").definedBy("com.promisedesk.server..")
                .layer("desk").definedBy("com.promisedesk.desk..")
                .layer("ui").definedBy("com.promisedesk.ui..")
                .layer("cli").definedBy("com.promisedesk.cli..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("server").mayNotBeAccessedByAnyLayer()
                .whereLayer("desk").mayOnlyBeAccessedByLayers("ui", "cli", "server")
                .whereLayer("sync").mayOnlyBeAccessedByLayers("ui", "cli", "server")
                .whereLayer("export").mayOnlyBeAccessedByLayers("ui", "cli", "server", "desk")
                // The central store keeps its own storage: it shares only file, jdbc and failure with the device.
                .whereLayer("store").mayOnlyBeAccessedByLayers("ui", "cli", "sync", "desk")
                .whereLayer("jdbc").mayOnlyBeAccessedByLayers("store", "server")
                .whereLayer("file").mayOnlyBeAccessedByLayers("ui", "cli", "server", "sync", "export", "store", "desk")
                .whereLayer("failure").mayOnlyBeAccessedByLayers("ui", "cli", "server", "sync", "store", "file", "desk")
                .whereLayer("check").mayOnlyBeAccessedByLayers(
                        "ui", "cli", "server", "sync", "export", "store", "file", "desk")
                .withOptionalLayers(true)
                .check(production);
    }

    @Test
    void theDeskUsesOnlyTheLayersBelowIt() {
        // The use cases the app and the command line share: no toolkit, no network, no screen.
        noClasses().that().resideInAPackage("com.promisedesk.desk..")
                .should().dependOnClassesThat().resideInAnyPackage("com.promisedesk.sync..", "com.promisedesk.ui..",
                        "com.promisedesk.cli..", "com.promisedesk.server..", "javafx..", "java.net..", "picocli..")
                .check(production);
    }

    @Test
    void domainImportsNothingButTheJdk() {
        noClasses().that().resideInAPackage("com.promisedesk.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("com.promisedesk.domain..", "java..")
                .check(production);
    }

    @Test
    void checkImportsOnlyDomainAndTheHolidayLibrary() {
        noClasses().that().resideInAPackage("com.promisedesk.check..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "com.promisedesk.check..", "com.promisedesk.domain..", "java..", "de.focus_shift..")
                .check(production);
    }

    @Test
    void nothingButUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("com.promisedesk.ui..")
                .and().doNotHaveFullyQualifiedName("com.promisedesk.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(production);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .check(production);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("com.promisedesk.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(production);
    }

    @Test
    void loggingGoesThroughSlf4j() {
        // JarLogging is the jar's Logback configuration (what logback.xml was), not code that logs.
        noClasses().that().doNotHaveFullyQualifiedName("com.promisedesk.JarLogging")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "ch.qos.logback..")
                .check(production);
    }
}
