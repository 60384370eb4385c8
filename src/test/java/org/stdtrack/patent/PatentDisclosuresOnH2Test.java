package org.stdtrack.patent;

import org.stdtrack.support.OnH2;

@OnH2
class PatentDisclosuresOnH2Test extends PatentDisclosuresTest {}
