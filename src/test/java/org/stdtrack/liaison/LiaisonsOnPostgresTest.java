package org.stdtrack.liaison;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class LiaisonsOnPostgresTest extends LiaisonsTest {}
