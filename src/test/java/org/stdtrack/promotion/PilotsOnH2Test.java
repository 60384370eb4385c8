package org.stdtrack.promotion;

import org.stdtrack.support.OnH2;

@OnH2
class PilotsOnH2Test extends PilotsTest {}
