/**
 * The standard-lifecycle model ({@link org.stdtrack.lifecycle.StandardLifecycleModel}) and its glue:
 * registering and cancelling, stage transitions, deadlines, the ballot roll and delegates, the
 * lifecycle's task handlers and task-page sections, its engine grants, and its API and pages
 * (registration, the diagram). Its tasks are worked through the {@code tasks} room.
 */
package org.stdtrack.lifecycle;
