package org.stdtrack.promotion;

import java.time.Instant;

/** A person registered for an event: a name and an optional contact, their enterprise and its credit code. */
public record Registration(
        long id,
        long eventId,
        String name,
        String contact,
        String enterprise,
        String creditCode,
        String role,
        boolean present,
        Integer minutes,
        Integer score,
        boolean walkIn,
        Instant registeredAt,
        String registeredBy) {}
