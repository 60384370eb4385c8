package org.stdtrack.standard;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ManyIdsOnPostgresTest extends ManyIdsTest {}
