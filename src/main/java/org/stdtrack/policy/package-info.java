/**
 * The configured policy numbers (periods, ballot thresholds) and the programme's calendar clock.
 */
package org.stdtrack.policy;
