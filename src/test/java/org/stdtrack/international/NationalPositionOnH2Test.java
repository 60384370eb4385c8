package org.stdtrack.international;

import org.stdtrack.support.OnH2;

@OnH2
class NationalPositionOnH2Test extends NationalPositionTest {}
