package org.stdtrack.engine;

import org.springframework.modulith.NamedInterface;

/**
 * Declares a room's sequence-flow listeners that must always run, even when an instance modification skips
 * custom listeners: those whose expression starts with the prefix ({@link BuiltInListeners}).
 */
@NamedInterface("processes")
public interface AlwaysRunListeners {
    String expressionPrefix();
}
