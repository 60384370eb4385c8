package org.stdtrack.problem;

import org.stdtrack.support.OnH2;

@OnH2
class BadInputOnH2Test extends BadInputTest {}
