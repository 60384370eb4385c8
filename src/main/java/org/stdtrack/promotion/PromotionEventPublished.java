package org.stdtrack.promotion;

import java.time.Instant;
import java.util.List;

/**
 * A promotion event was created (an event is public once created): those who watch its standards or their
 * committees are told. Published in the transaction that created it.
 */
public record PromotionEventPublished(long eventId, String title, Instant startsAt, List<Long> standards) {}
