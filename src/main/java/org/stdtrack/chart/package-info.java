/**
 * The dashboard's pictures, drawn on the server as SVG with the numbers beside them: the burn-up of
 * publications against a target with a forecast's band, and the count at each stage month by month.
 */
@ApplicationModule(allowedDependencies = {"forecast", "policy", "standard"})
package org.stdtrack.chart;

import org.springframework.modulith.ApplicationModule;
