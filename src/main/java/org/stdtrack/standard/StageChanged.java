package org.stdtrack.standard;

/** A standard changed stage (or repeated one), in the transaction that recorded it. */
public record StageChanged(long standardId, Stage from, Stage to, String code) {}
