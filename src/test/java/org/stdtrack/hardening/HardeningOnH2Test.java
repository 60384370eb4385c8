package org.stdtrack.hardening;

import org.stdtrack.support.OnH2;

@OnH2
class HardeningOnH2Test extends HardeningTest {}
