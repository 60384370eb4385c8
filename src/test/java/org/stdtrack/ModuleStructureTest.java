package org.stdtrack;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module: no cycles between them, and only public types used across them. The
 * same run writes the module documentation (PlantUML diagrams and a canvas per module) to docs/modules,
 * which is committed: a change of structure shows in its diff.
 */
class ModuleStructureTest {

    @Test
    void featurePackagesKeepTheirBoundaries() {
        ApplicationModules modules =
                ApplicationModules.of(StdtrackApplication.class).verify();
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
