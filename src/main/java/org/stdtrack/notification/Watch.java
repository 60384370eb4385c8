package org.stdtrack.notification;

import java.time.Instant;

/** What a user watches: a standard or a committee (the other is null), since when. */
public record Watch(Long standardId, String committee, Instant since) {}
