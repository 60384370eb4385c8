package org.stdtrack.consultation;

import java.time.Instant;

/** A consultation round opened, in the transaction that opened it. */
public record ConsultationOpened(long standardId, int round, Instant closesAt) {}
