package org.stdtrack.amendment;

import org.stdtrack.support.OnH2;

@OnH2
class AmendmentsOnH2Test extends AmendmentsTest {}
