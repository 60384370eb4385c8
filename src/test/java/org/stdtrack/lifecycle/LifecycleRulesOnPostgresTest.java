package org.stdtrack.lifecycle;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class LifecycleRulesOnPostgresTest extends LifecycleRulesTest {}
