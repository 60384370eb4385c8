package org.stdtrack.plan;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class PlanChangesOnPostgresTest extends PlanChangesTest {}
