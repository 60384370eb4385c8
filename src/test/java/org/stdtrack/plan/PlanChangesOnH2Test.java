package org.stdtrack.plan;

import org.stdtrack.support.OnH2;

@OnH2
class PlanChangesOnH2Test extends PlanChangesTest {}
