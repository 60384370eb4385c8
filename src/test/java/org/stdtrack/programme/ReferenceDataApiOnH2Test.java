package org.stdtrack.programme;

import org.stdtrack.support.OnH2;

@OnH2
class ReferenceDataApiOnH2Test extends ReferenceDataApiTest {}
