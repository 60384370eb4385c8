/**
 * The worklist of every process of the tracker, whatever its model: the {@link org.stdtrack.tasks.Worklist}
 * façade (list, claim, hand back, complete; refusals audited), task views and forms read from the model ({@code
 * camunda:formData}), the open-task projection the lists are read from, the task API and pages. A feature plugs
 * in through three interfaces: a {@link org.stdtrack.tasks.TaskHandler} validates and applies the inputs of
 * its own tasks, a {@link org.stdtrack.tasks.TaskPagePart} adds its own section to their pages, and a {@link
 * org.stdtrack.tasks.DecisionMaterial} lists what a decision weighs for the panel above its form. Each
 * completion's decision and note are kept ({@link org.stdtrack.tasks.TaskDecisions}). It knows what each process
 * is about: a standard, or a subject another room names through a {@link org.stdtrack.tasks.TaskSubjectKind} (an
 * international ballot); and nothing of stages, ballots or any one model.
 */
@ApplicationModule(
        allowedDependencies = {
            "audit",
            "engine::processes",
            "identity",
            "persistence",
            "policy",
            "problem",
            "standard",
            "web"
        })
package org.stdtrack.tasks;

import org.springframework.modulith.ApplicationModule;
