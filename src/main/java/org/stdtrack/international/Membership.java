package org.stdtrack.international;

/** China's membership of an international committee: participating, observing, none, or a liaison. */
public enum Membership {
    P,
    O,
    NONE,
    LIAISON
}
