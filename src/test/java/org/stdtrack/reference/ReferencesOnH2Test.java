package org.stdtrack.reference;

import org.stdtrack.support.OnH2;

@OnH2
class ReferencesOnH2Test extends ReferencesTest {}
