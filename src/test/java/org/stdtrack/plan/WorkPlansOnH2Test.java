package org.stdtrack.plan;

import org.stdtrack.support.OnH2;

@OnH2
class WorkPlansOnH2Test extends WorkPlansTest {}
