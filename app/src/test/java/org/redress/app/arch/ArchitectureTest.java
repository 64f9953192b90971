package org.redress.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon of DESIGN.md, checked on the compiled classes of every module: core is plain Java and
 * knows no adapter; analysis is pure logic over core; the use cases (application) know only core and
 * analysis; the adapters (store, search, ingest, nlp) know only core; and only app wires them all together.
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
        for (String module : new String[] {
            "core",
            "store",
            "store.postgres",
            "search",
            "search.opensearch",
            "ingest",
            "nlp",
            "analysis",
            "application",
            "app"
        }) {
            assertThat(classes.stream()
                            .anyMatch(c -> (c.getPackageName() + ".").startsWith("org.redress." + module + ".")))
                    .as("classes of org.redress.%s imported", module)
                    .isTrue();
        }
    }

    private static final ArchRule CORE_IS_PLAIN_JAVA = classes()
            .that()
            .resideInAPackage("org.redress.core..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.redress.core..", "java..", "javax..")
            .because("core is plain Java: no files, databases, HTTP or libraries (DESIGN.md, Shape of the code)");

    private static final ArchRule INWARD = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Core")
            .definedBy("org.redress.core..")
            .layer("Analysis")
            .definedBy("org.redress.analysis..")
            .layer("Application")
            .definedBy("org.redress.application..")
            .layer("Store")
            .definedBy("org.redress.store..")
            .layer("Search")
            .definedBy("org.redress.search..")
            .layer("Ingest")
            .definedBy("org.redress.ingest..")
            .layer("Nlp")
            .definedBy("org.redress.nlp..")
            .layer("App")
            .definedBy("org.redress.app..")
            .whereLayer("App")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Store")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Search")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ingest")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Nlp")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Application")
            .mayOnlyBeAccessedByLayers("App")
            .whereLayer("Analysis")
            .mayOnlyBeAccessedByLayers("Application", "App")
            .whereLayer("Core")
            .mayOnlyBeAccessedByLayers("Analysis", "Application", "Store", "Search", "Ingest", "Nlp", "App");

    /** CoreNLP is heavy and GPL: only the nlp adapter loads it; everything else sees the EntityRecognizer port. */
    private static final ArchRule ONLY_NLP_USES_CORENLP = noClasses()
            .that()
            .resideOutsideOfPackage("org.redress.nlp..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("edu.stanford..")
            .because("CoreNLP is loaded by the nlp module alone, behind core/port/EntityRecognizer (ARCHITECTURE.md)");

    /**
     * The team server's search cluster is reached by its adapter alone (search-opensearch); the embedded Lucene index
     * does not know it, and everything else sees the SearchIndex port.
     */
    private static final ArchRule ONLY_THE_OPENSEARCH_ADAPTER_USES_ITS_CLIENT =
            com.tngtech.archunit.lang.CompositeArchRule.of(
                            noClasses()
                                    .that()
                                    .resideOutsideOfPackage("org.redress.search.opensearch..")
                                    .should()
                                    .dependOnClassesThat()
                                    .resideInAPackage("org.opensearch..")
                                    .because(
                                            "the OpenSearch client is the search-opensearch adapter's, behind core/port/SearchIndex"))
                    .and(noClasses()
                            .that()
                            .resideOutsideOfPackages("org.redress.search.opensearch..", "org.redress.app.wiring..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage("org.redress.search.opensearch..")
                            .because("the OpenSearch adapter is wired by app/wiring alone (ServerCase), behind"
                                    + " core/port/SearchIndex (issue 13)"));

    /**
     * The team server's database is reached through the store ports alone: only its adapter (module store-postgres,
     * inside the Store layer) names the PostgreSQL driver or Flyway's PostgreSQL support.
     */
    private static final ArchRule ONLY_STORE_POSTGRES_USES_POSTGRESQL = noClasses()
            .that()
            .resideOutsideOfPackage("org.redress.store.postgres..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.postgresql..", "org.jdbi.v3.postgres..", "org.flywaydb.database.postgresql..")
            .because("PostgreSQL is the store-postgres adapter's, behind the store ports (ARCHITECTURE.md)");

    /** The CLI and the web layer share JSON and exporters through neutral packages, never each other. */
    private static final ArchRule NO_CYCLES_IN_APP =
            slices().matching("org.redress.app.(*)..").should().beFreeOfCycles();

    private static final ArchRule NO_CYCLES_IN_USE_CASES =
            slices().matching("org.redress.application.(*)..").should().beFreeOfCycles();

    @Test
    void coreIsPlainJava() {
        CORE_IS_PLAIN_JAVA.check(classes);
    }

    @Test
    void dependenciesPointInward() {
        INWARD.check(classes);
    }

    @Test
    void onlyTheNlpModuleUsesCoreNlp() {
        ONLY_NLP_USES_CORENLP.check(classes);
    }

    @Test
    void onlyTheOpenSearchAdapterUsesItsClient() {
        ONLY_THE_OPENSEARCH_ADAPTER_USES_ITS_CLIENT.check(classes);
    }

    @Test
    void onlyTheServerStoreUsesPostgresql() {
        ONLY_STORE_POSTGRES_USES_POSTGRESQL.check(classes);
    }

    @Test
    void packagesInsideAppAndApplicationHaveNoCycles() {
        NO_CYCLES_IN_APP.check(classes);
        NO_CYCLES_IN_USE_CASES.check(classes);
    }

    @Test
    void theRulesCatchViolations() {
        // Test-only fixtures that break each rule: proves the rules are not vacuous.
        JavaClasses bad = new ClassFileImporter()
                .importClasses(
                        org.redress.core.archfixture.CoreUsingALibrary.class,
                        org.redress.store.archfixture.StoreUsingSearch.class,
                        org.redress.search.DocumentTypes.class,
                        org.redress.application.archfixture.UseCaseUsingStore.class,
                        org.redress.store.sqlite.SqliteDocumentStore.class,
                        org.redress.app.cyclefixturea.WebSide.class,
                        org.redress.app.cyclefixtureb.CliSide.class,
                        org.redress.app.nlpfixture.WebUsingCoreNlp.class,
                        org.redress.app.opensearchfixture.WebUsingOpenSearch.class);
        assertThatThrownBy(() -> CORE_IS_PLAIN_JAVA.check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.fasterxml.jackson");
        assertThatThrownBy(() -> INWARD.check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("StoreUsingSearch")
                .hasMessageContaining("UseCaseUsingStore");
        assertThatThrownBy(() -> ONLY_NLP_USES_CORENLP.check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WebUsingCoreNlp");
        assertThatThrownBy(() -> ONLY_THE_OPENSEARCH_ADAPTER_USES_ITS_CLIENT.check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WebUsingOpenSearch");
        assertThatThrownBy(() -> NO_CYCLES_IN_APP.check(bad))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cyclefixturea")
                .hasMessageContaining("cyclefixtureb");
    }

    @Test
    void everythingUnderRedressBelongsToAModule() {
        // A new top-level package would escape the layer rules above.
        classes()
                .that()
                .resideInAPackage("org.redress..")
                .should()
                .resideInAnyPackage(
                        "org.redress.core..",
                        "org.redress.store..",
                        "org.redress.search..",
                        "org.redress.ingest..",
                        "org.redress.nlp..",
                        "org.redress.analysis..",
                        "org.redress.application..",
                        "org.redress.app..")
                .check(classes);
    }
}
