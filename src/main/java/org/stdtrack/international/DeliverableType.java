package org.stdtrack.international;

/** What a project delivers: ISO/IEC's International Standard, Technical Specification or Report, PAS; ITU-T's Recommendation. */
public enum DeliverableType {
    IS,
    TS,
    TR,
    PAS,
    REC
}
