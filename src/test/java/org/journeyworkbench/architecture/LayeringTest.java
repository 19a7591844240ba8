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

    @ArchTest
    static final ArchRule theWorkbookWritesTheCompiledCalculationNotItsOwnRules = noClasses()
            .that().resideInAPackage("..io.xlsx..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.model.Transition")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.model.TakeUp")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.model.CostLine")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.model.Reoffending")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.model.Profile")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.model.Measure")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.engine.Formula")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.journeyworkbench.engine.calc.JourneyGraph")
            .because("the journey's rules are written once, by engine.calc.Compiler; the workbook only lays out "
                    + "and translates the compiled calculation's cells (docs/decisions/one-calculation.md)");

    @ArchTest
    static final ArchRule nothingButTheCompilerBuildsCells = noClasses()
            .that().resideOutsideOfPackages("..engine.calc..", "org.journeyworkbench.engine")
            .should().callConstructor(org.journeyworkbench.engine.calc.Expr.Mul.class, java.util.List.class)
            .orShould().callConstructor(org.journeyworkbench.engine.calc.Expr.Add.class, java.util.List.class)
            .because("every rule of the calculation lives in the compiler; the Level 1 formula is the model's own "
                    + "text turned into an expression by engine.Formula");
}
