package org.stdtrack.adoption;

import org.stdtrack.support.OnH2;

@OnH2
class AdoptionPagesOnH2Test extends AdoptionPagesTest {}
