package org.stdtrack.programme;

/** A node of the taxonomy: one of the six domains, or a sub-area with its parent's code. */
public record Domain(String code, String parent, String nameEn, String nameZh) {}
