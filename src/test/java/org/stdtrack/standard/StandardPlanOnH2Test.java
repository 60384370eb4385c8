package org.stdtrack.standard;

import org.stdtrack.support.OnH2;

@OnH2
class StandardPlanOnH2Test extends StandardPlanTest {}
