package org.stdtrack.international;

/** China's part in an international project. */
public enum ChinaRole {
    LED,
    CO_LED,
    PARTICIPATING,
    MONITORING
}
