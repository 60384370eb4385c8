package org.stdtrack.tasks;

/**
 * What a task is about when it is not a standard (an international ballot), as lists, reminders and feeds name
 * it: its titles, its page, and the tracker committee whose secretariat looks after it (hands its tasks back,
 * is told when they are overdue). Its processes carry {@link #key} as business key.
 */
public record TaskSubject(String key, String title, String titleZh, String path, String committee) {

    /** The business key of a process about the subject of this kind and id: {@code intl-ballot:12}. */
    public static String key(String kind, long id) {
        return kind + ":" + id;
    }
}
