package org.stdtrack.portfolio;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class PortfolioImportOnPostgresTest extends PortfolioImportTest {}
