package org.stdtrack.administration;

import org.stdtrack.support.OnH2;

@OnH2
class ReferenceDataAdministrationOnH2Test extends ReferenceDataAdministrationTest {}
