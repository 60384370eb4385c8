/**
 * Reference data: programmes, the domain taxonomy, committees and organisations with their credit codes.
 */
@ApplicationModule(allowedDependencies = {"problem"})
package org.stdtrack.programme;

import org.springframework.modulith.ApplicationModule;
