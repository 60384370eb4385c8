package org.stdtrack.tasks;

import org.stdtrack.support.OnH2;

@OnH2
class TaskAccessOnH2Test extends TaskAccessTest {}
