package org.stdtrack.operations;

import org.stdtrack.support.OnH2;

@OnH2
class ObservabilityOnH2Test extends ObservabilityTest {}
