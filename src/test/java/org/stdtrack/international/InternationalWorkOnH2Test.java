package org.stdtrack.international;

import org.stdtrack.support.OnH2;

@OnH2
class InternationalWorkOnH2Test extends InternationalWorkTest {}
