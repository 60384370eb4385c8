package org.stdtrack.standardsystem;

import org.stdtrack.support.OnH2;

@OnH2
class SystemTablesOnH2Test extends SystemTablesTest {}
