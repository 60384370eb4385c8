package org.stdtrack.tasks;

import org.stdtrack.support.OnH2;

@OnH2
class ActionHoldersOnH2Test extends ActionHoldersTest {}
