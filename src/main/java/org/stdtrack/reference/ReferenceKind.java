package org.stdtrack.reference;

/** A normative reference is indispensable to apply the standard; an informative one only helps to read it. */
public enum ReferenceKind {
    NORMATIVE,
    INFORMATIVE
}
