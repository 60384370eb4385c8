package org.stdtrack.report;

import org.stdtrack.support.OnH2;

@OnH2
class ProjectionConsistencyOnH2Test extends ProjectionConsistencyTest {}
