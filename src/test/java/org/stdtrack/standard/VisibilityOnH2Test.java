package org.stdtrack.standard;

import org.stdtrack.support.OnH2;

@OnH2
class VisibilityOnH2Test extends VisibilityTest {}
