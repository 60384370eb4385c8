package org.stdtrack.international;

import org.stdtrack.support.OnH2;

@OnH2
class IsoImportsOnH2Test extends IsoImportsTest {}
