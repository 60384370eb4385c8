package org.stdtrack.standard;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.stdtrack.identity.AppUser;

/** The open workflow tasks of a standard, supplied by the lifecycle (the only feature that talks to the engine). */
public interface OpenTasks {

    record OpenTask(
            String id,
            String key,
            String name,
            String assignee,
            Set<String> candidateGroups,
            Instant created,
            Instant due) {}

    /**
     * The standard's open tasks that the reader may know of: the ones they are assignee or candidate of;
     * all of them for the secretariat of its committee and administrators, who run its process (and alone
     * see who has not voted yet).
     */
    List<OpenTask> of(AppUser reader, Standard standard);
}
