package org.stdtrack.standard;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class StandardPlanOnPostgresTest extends StandardPlanTest {}
