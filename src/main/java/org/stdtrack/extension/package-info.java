/**
 * Extending a standard's development clock: the secretariat's request under the policy's notice and limit,
 * the approving body's decision as the {@code bpmn/development-extension.bpmn} model's task, and the new due
 * date with who granted it and why. Uses standard, identity, engine, tasks, audit, policy.
 */
package org.stdtrack.extension;
