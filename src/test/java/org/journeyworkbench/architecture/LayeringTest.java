package org.journeyworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The data-first layering: model, engine, io and cli never reach up into the UI or JavaFX. */
@AnalyzeClasses(packages = "org.journeyworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule coreNeverImportsJavaFx = noClasses()
            .that().resideInAnyPackage("..model..", "..engine..", "..io..", "..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                    "org.journeyworkbench.ui..")
            .because("the model and engine are pure Java that the UI binds to");

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.journeyworkbench.engine..",
                    "org.journeyworkbench.io..", "org.journeyworkbench.cli..", "com.fasterxml..",
                    "org.apache.poi..")
            .because("the model is plain records that every other layer uses");

    @ArchTest
    static final ArchRule engineDoesNoIo = noClasses()
            .that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.journeyworkbench.io..",
                    "org.journeyworkbench.cli..", "com.fasterxml..", "org.apache.poi..", "java.nio.file..")
            .because("the engine is a pure function of (model, scenario)");

    @ArchTest
    static final ArchRule poiOnlyInIo = noClasses()
            .that().resideOutsideOfPackage("..io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
            .because("spreadsheets are written in io only");
}
