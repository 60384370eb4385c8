package org.stdtrack.programme;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ReferenceDataApiOnPostgresTest extends ReferenceDataApiTest {}
