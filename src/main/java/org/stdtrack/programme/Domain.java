package org.stdtrack.programme;

/**
 * A node of the taxonomy: one of the domains, or a sub-area with its parent's code; listed by position. A
 * retired domain keeps its standards and takes no new ones.
 */
public record Domain(String code, String parent, String nameEn, String nameZh, int position, boolean retired) {}
