package org.stdtrack.tasks;

import java.util.Optional;

/**
 * A completion its worker confirms on the task's page before it counts, because it cannot be undone (a vote).
 * A feature registers one as a bean; the page asks for the confirmation and refuses a completion without it.
 * The API, whose callers are programs, is not asked.
 */
public interface TaskConfirmation {

    /** The message key of what the worker confirms on this task's page; empty when the task asks nothing. */
    Optional<String> of(TaskView task);
}
