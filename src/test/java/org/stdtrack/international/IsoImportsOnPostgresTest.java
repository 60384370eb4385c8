package org.stdtrack.international;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class IsoImportsOnPostgresTest extends IsoImportsTest {}
