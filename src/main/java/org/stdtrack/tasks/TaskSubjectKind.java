package org.stdtrack.tasks;

import java.util.Optional;
import org.stdtrack.identity.AppUser;

/**
 * A kind of subject other than a standard that processes of the tracker are about, registered as a bean by
 * the room that owns it: the worklist, reminders and feeds ask it what a task is about and who may see it.
 */
public interface TaskSubjectKind {

    /** The business key's part before the colon ({@code intl-ballot}). */
    String kind();

    /** The subject with this id; empty when there is none. */
    Optional<TaskSubject> find(long id);

    /** Whether the user may see the subject, and so its tasks. */
    boolean canSee(AppUser user, long id);

    /** Takes the subject's row lock, as every command on it does: one lock order, no deadlock. */
    void lock(long id);
}
