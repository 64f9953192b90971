package org.redress.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every production package under org.redress says in a package-info.java what it holds and the rule that governs it
 * (issue #7). Checked on the compiled classes, where javac leaves a class named {@code package-info} for each.
 */
class PackageInfoTest {

    /** Packages allowed to lack their paragraph for a while (none now): name one here only with a reason. */
    static final Set<String> UNDOCUMENTED_FOR_NOW = Set.of();

    /** Every package that holds at least one imported class (a package with only sub-packages holds nothing to describe). */
    static final AbstractClassesTransformer<JavaPackage> PACKAGES = new AbstractClassesTransformer<>("packages") {
        @Override
        public Iterable<JavaPackage> doTransform(JavaClasses classes) {
            Set<JavaPackage> packages = new TreeSet<>(Comparator.comparing(JavaPackage::getName));
            for (JavaClass c : classes) packages.add(c.getPackage());
            return packages;
        }
    };

    static final ArchCondition<JavaPackage> HAVE_A_PACKAGE_INFO = new ArchCondition<>("have a package-info.java") {
        @Override
        public void check(JavaPackage p, ConditionEvents events) {
            boolean documented =
                    p.getClasses().stream().anyMatch(c -> c.getSimpleName().equals("package-info"));
            if (!documented)
                events.add(SimpleConditionEvent.violated(p, "package " + p.getName() + " has no package-info.java"));
        }
    };

    static final ArchRule EVERY_PACKAGE_IS_DESCRIBED = all(PACKAGES)
            .that(DescribedPredicate.describe(
                    "are not " + UNDOCUMENTED_FOR_NOW, p -> !UNDOCUMENTED_FOR_NOW.contains(p.getName())))
            .should(HAVE_A_PACKAGE_INFO)
            .because("a reader must learn what a package holds and which rule governs it before reading its classes");

    @Test
    void everyProductionPackageHasAPackageInfo() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.redress");
        // Without these, a class path that lost the modules, or an import that dropped package-info classes,
        // would make the rule pass (or fail) for the wrong reason.
        assertThat(production.stream().map(JavaClass::getPackageName).distinct())
                .contains(
                        "org.redress.core.casemodel",
                        "org.redress.store.sqlite",
                        "org.redress.ingest.pipeline",
                        "org.redress.app.web");
        assertThat(production.stream()
                        .filter(c -> c.getSimpleName().equals("package-info"))
                        .map(JavaClass::getPackageName))
                .contains("org.redress.analysis.stats");
        EVERY_PACKAGE_IS_DESCRIBED.check(production);
    }

    @Test
    void theRuleNamesAnUndocumentedPackageAndOnlyThatOne() {
        // Test-only fixtures: one package with a package-info, one without.
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.redress.app.archfixture");
        assertThat(fixtures.stream().map(JavaClass::getName))
                .contains(
                        "org.redress.app.archfixture.documented.package-info",
                        "org.redress.app.archfixture.undocumented.Undocumented");
        EvaluationResult result = EVERY_PACKAGE_IS_DESCRIBED.evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .containsExactly("package org.redress.app.archfixture.undocumented has no package-info.java");
    }
}
