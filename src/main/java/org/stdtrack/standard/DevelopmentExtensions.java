package org.stdtrack.standard;

import java.util.List;

/** A standard's extension requests, oldest first, as the feature that handles them keeps them. */
public interface DevelopmentExtensions {

    List<DevelopmentExtension> of(long standardId);
}
