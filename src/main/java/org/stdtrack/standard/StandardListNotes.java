package org.stdtrack.standard;

import java.util.List;
import java.util.Map;

/**
 * A feature's short note on the standards of a list's page (an open consultation's deadline), shown under each
 * title: the feature registers one as a bean, the list knows none by name. One call per page, for all its rows.
 */
public interface StandardListNotes {

    /** The note of each shown standard that has one, by standard id, in the reader's language. */
    Map<Long, String> notesFor(List<Standard> shown);
}
