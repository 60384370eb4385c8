/**
 * The configured policy numbers (periods, ballot thresholds) and the programme's calendar clock.
 */
@ApplicationModule(allowedDependencies = {"programme", "standard"})
package org.stdtrack.policy;

import org.springframework.modulith.ApplicationModule;
