/**
 * The standard-lifecycle model (StandardLifecycleModel) and its glue: registering and cancelling,
 * stage transitions, deadlines, the ballot roll and delegates, the lifecycle's task handlers and
 * engine grants, the worklist (tasks, forms, the open-task projection) and their API and pages.
 */
package org.stdtrack.lifecycle;
