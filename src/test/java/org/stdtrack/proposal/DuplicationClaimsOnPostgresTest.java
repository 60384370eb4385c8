package org.stdtrack.proposal;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class DuplicationClaimsOnPostgresTest extends DuplicationClaimsTest {}
