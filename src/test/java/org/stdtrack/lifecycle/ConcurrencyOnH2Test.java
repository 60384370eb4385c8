package org.stdtrack.lifecycle;

import org.stdtrack.support.OnH2;

@OnH2
class ConcurrencyOnH2Test extends ConcurrencyTest {}
