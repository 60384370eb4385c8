package org.stdtrack.international;

/** The international bodies whose work the tracker follows; JTC 1 is ISO's and IEC's joint committee. */
public enum IntlBody {
    ISO,
    IEC,
    ISO_IEC_JTC1,
    ITU_T
}
