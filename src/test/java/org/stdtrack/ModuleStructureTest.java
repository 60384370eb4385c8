package org.stdtrack;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature package is a module: no cycles between them, and only public types used across them. */
class ModuleStructureTest {

    @Test
    void featurePackagesKeepTheirBoundaries() {
        ApplicationModules.of(StdtrackApplication.class).verify();
    }
}
