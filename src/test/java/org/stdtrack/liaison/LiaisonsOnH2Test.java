package org.stdtrack.liaison;

import org.stdtrack.support.OnH2;

@OnH2
class LiaisonsOnH2Test extends LiaisonsTest {}
