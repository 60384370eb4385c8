package org.stdtrack.operations;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ObservabilityOnPostgresTest extends ObservabilityTest {}
