/**
 * Programme reports (stages as of any date, targets and forecast, adoption, cycle times, overdue work)
 * as services, one thin API controller, the dashboard page and the Prometheus gauges of open work.
 */
package org.stdtrack.report;
