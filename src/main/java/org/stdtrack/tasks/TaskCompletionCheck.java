package org.stdtrack.tasks;

/**
 * A rule another feature adds to completing a kind of task of a standard's process, checked before the task's own
 * {@link TaskHandler}: a feature registers one as a bean and throws to refuse the completion (nothing is
 * written then). The task's model and handler belong to one feature; such a check lets a second feature have
 * its say without either knowing the other.
 */
public interface TaskCompletionCheck {

    /** Whether this check applies to the task of this BPMN id. */
    boolean appliesTo(String taskKey);

    void check(TaskHandler.Completion completion);
}
