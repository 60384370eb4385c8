/**
 * The yearly periodic review batch (复审): the conclusion the secretariat proposes for each standard due for
 * review, the committee's conclusions of a year submitted together, their endorsement by the committee's
 * competent department and the approving body's decision on each, with the batch's API and page. Each standard's
 * lifecycle process waits for its conclusion's decision ({@link
 * org.stdtrack.periodicreview.ReviewBatchSubmitted} starts it on its way); the tasks are the lifecycle's, worked
 * one by one or for the whole batch here.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "identity",
            "persistence",
            "policy",
            "problem",
            "programme",
            "standard",
            "tasks",
            "web"
        })
package org.stdtrack.periodicreview;

import org.springframework.modulith.ApplicationModule;
