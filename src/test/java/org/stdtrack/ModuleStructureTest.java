package org.stdtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import example.undeclared.UndeclaredApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module that declares, in its {@code package-info.java}, the rooms it may use
 * ({@code @ApplicationModule(allowedDependencies = …)}, named interfaces where a room offers only part of
 * itself): verify() fails on an undeclared edge, a cycle or a non-public type used across rooms. The same run
 * writes the module documentation (PlantUML diagrams and a canvas per module) to docs/modules, which is
 * committed: a change of structure shows in its diff.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(StdtrackApplication.class);

    @Test
    void featurePackagesKeepTheirBoundaries() {
        MODULES.verify();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    @Test
    void everyRoomDeclaresTheRoomsItMayUse() {
        assertThat(MODULES.stream())
                .allSatisfy(module -> assertThat(declaredDependencies(module))
                        .as("%s declares its allowed dependencies", module.getIdentifier())
                        .isNotNull()
                        .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN));
    }

    @Test
    void anUndeclaredEdgeFailsTheCheck() {
        // The fixture lives in the test classes, which a module check leaves out unless asked to read them.
        assertThatThrownBy(() -> ApplicationModules.of(UndeclaredApplication.class, location -> true)
                        .verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("billing")
                .hasMessageContaining("catalog");
    }

    @Test
    void aRoomSeesOnlyTheNamedInterfaceItDeclares() {
        // The lifecycle may start processes and grant rights through the engine room, not reach its configuration.
        ApplicationModule lifecycle = MODULES.getModuleByName("lifecycle").orElseThrow();
        ApplicationModule engine = MODULES.getModuleByName("engine").orElseThrow();
        assertThat(declaredDependencies(lifecycle))
                .contains("engine::processes")
                .doesNotContain("engine");
        assertThat(engine.getNamedInterfaces().stream().map(i -> i.getName()))
                .contains("processes", "clock", "security");
    }

    @Test
    void theStandardPageKnowsNoFeatureWhoseSectionItShows() {
        // Each of these rooms contributes its section as a StandardPagePart; the dossier composes them unseen.
        ApplicationModule dossier = MODULES.getModuleByName("dossier").orElseThrow();
        assertThat(declaredDependencies(dossier))
                .doesNotContain(
                        "adoption",
                        "amendment",
                        "ballot",
                        "periodicreview",
                        "plan",
                        "proposal",
                        "reference",
                        "translation");
    }

    private static String[] declaredDependencies(ApplicationModule module) {
        try {
            Class<?> packageInfo = Class.forName(module.getBasePackage().getName() + ".package-info");
            var declaration = packageInfo.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            return declaration == null ? null : declaration.allowedDependencies();
        } catch (ClassNotFoundException noPackageInfo) {
            return null;
        }
    }
}
