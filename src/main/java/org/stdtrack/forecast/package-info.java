/**
 * The programme forecast: the programme's history as the forecast reads it (its pace, each stage's stays, the
 * standards in progress), the Monte Carlo simulation of their way to publication, the policy that turns its
 * chance into a verdict, and the calibration of past forecasts against what happened. The target report, the
 * work reports and the charts read it; it knows no report.
 */
@ApplicationModule(allowedDependencies = {"identity", "persistence", "policy", "problem", "programme", "standard"})
package org.stdtrack.forecast;

import org.springframework.modulith.ApplicationModule;
