package org.stdtrack.proposal;

import org.stdtrack.support.OnH2;

@OnH2
class DuplicationClaimsOnH2Test extends DuplicationClaimsTest {}
