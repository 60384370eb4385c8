package org.stdtrack;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every call on the engine goes through the engine room (decision 0001): a move to another engine of the same
 * lineage then changes that room's calls, and elsewhere no more than the package names of what the engine hands
 * to a model's code — a delegate's execution or task ({@code engine.delegate}), typed variable values
 * ({@code engine.variable}) and a task's form ({@code engine.form}). No feature uses a service, a query, an
 * engine exception or the engine's internals.
 */
class EngineBoundaryTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stdtrack");

    @Test
    void onlyTheEngineRoomCallsTheEngine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.stdtrack.engine..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.camunda..")
                        .and(not(resideInAnyPackage(
                                "org.camunda.bpm.engine.delegate..",
                                "org.camunda.bpm.engine.variable..",
                                "org.camunda.bpm.engine.form.."))))
                .check(PRODUCT);
    }
}
