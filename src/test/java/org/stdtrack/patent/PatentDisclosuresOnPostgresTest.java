package org.stdtrack.patent;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class PatentDisclosuresOnPostgresTest extends PatentDisclosuresTest {}
