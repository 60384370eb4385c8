package org.stdtrack.tasks;

import org.stdtrack.support.OnH2;

@OnH2
class DueDatesOnH2Test extends DueDatesTest {}
