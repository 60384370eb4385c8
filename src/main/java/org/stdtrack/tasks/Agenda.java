package org.stdtrack.tasks;

import java.time.Instant;
import java.util.List;
import org.stdtrack.identity.AppUser;

/**
 * Work waiting for a user that is not one of their tasks: a vote at a review meeting, a consultation they may
 * comment on. A feature registers a source as a bean; "My tasks" lists what all of them say, soonest first.
 */
public interface Agenda {

    /** At most so many items from each source. */
    int MAX_ITEMS = 50;

    /** What this source has waiting for the user, at most {@link #MAX_ITEMS}. */
    List<Item> itemsFor(AppUser user);

    /**
     * One item: the standard it is about, what to do (a message key taking the date), until when, and where on
     * the standard's page to do it.
     */
    record Item(long standardId, String title, String titleZh, String what, Instant until, String anchor) {}
}
