/**
 * Amendments (修改单) of published standards: a small lifecycle of their own on the {@code bpmn/amendment.bpmn}
 * model (the draft, a one-month consultation, the approving body's decision, the publication), at most
 * {@code stdtrack.policy.max-amendments} per standard. Uses standard, document, identity, engine, tasks,
 * policy, audit.
 */
package org.stdtrack.amendment;
