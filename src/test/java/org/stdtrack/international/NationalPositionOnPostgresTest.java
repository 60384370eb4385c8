package org.stdtrack.international;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class NationalPositionOnPostgresTest extends NationalPositionTest {}
