package org.stdtrack.catalogue;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class CatalogueOnPostgresTest extends CatalogueTest {}
