package org.redress.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon of DESIGN.md, checked on the compiled classes of every module: core is plain Java
 * and knows no adapter, the adapters (store, search, ingest, analysis) know only core, and only
 * app wires them all together.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.redress");
    }

    @Test
    void everyModuleIsOnTheClassPath() {
        // Without this, a class path that lost a module would make the rules below pass vacuously.
        for (String module : new String[] {"core", "store", "search", "ingest", "analysis", "app"}) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("org.redress." + module)))
                    .as("classes of org.redress.%s imported", module).isTrue();
        }
    }

    private static final ArchRule CORE_IS_PLAIN_JAVA = classes().that().resideInAPackage("org.redress.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.redress.core..", "java..", "javax..")
            .because("core is plain Java: no files, databases, HTTP or libraries (DESIGN.md, Shape of the code)");

    private static final ArchRule INWARD = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Core").definedBy("org.redress.core..")
                .layer("Store").definedBy("org.redress.store..")
                .layer("Search").definedBy("org.redress.search..")
                .layer("Ingest").definedBy("org.redress.ingest..")
                .layer("Analysis").definedBy("org.redress.analysis..")
                .layer("App").definedBy("org.redress.app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Search").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Store", "Search", "Ingest", "Analysis", "App");

    @Test
    void coreIsPlainJava() {
        CORE_IS_PLAIN_JAVA.check(classes);
    }

    @Test
    void dependenciesPointInward() {
        INWARD.check(classes);
    }

    @Test
    void theRulesCatchViolations() {
        // Test-only fixtures that break each rule: proves the rules are not vacuous.
        JavaClasses bad = new ClassFileImporter().importClasses(
                org.redress.core.archfixture.CoreUsingALibrary.class, org.redress.store.archfixture.StoreUsingSearch.class,
                org.redress.search.DocumentTypes.class);
        assertThatThrownBy(() -> CORE_IS_PLAIN_JAVA.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.fasterxml.jackson");
        assertThatThrownBy(() -> INWARD.check(bad)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("StoreUsingSearch");
    }

    @Test
    void everythingUnderRedressBelongsToAModule() {
        // A new top-level package would escape the layer rules above.
        classes().that().resideInAPackage("org.redress..")
                .should().resideInAnyPackage("org.redress.core..", "org.redress.store..", "org.redress.search..",
                        "org.redress.ingest..", "org.redress.analysis..", "org.redress.app..")
                .check(classes);
    }
}
