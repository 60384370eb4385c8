package org.stdtrack.lifecycle;

import org.stdtrack.support.OnH2;

@OnH2
class LifecycleRulesOnH2Test extends LifecycleRulesTest {}
