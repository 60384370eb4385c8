package org.stdtrack.tasks;

import org.stdtrack.support.OnH2;

@OnH2
class WorklistOnH2Test extends WorklistTest {}
