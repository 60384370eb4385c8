package org.stdtrack.plan;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class WorkPlansOnPostgresTest extends WorkPlansTest {}
