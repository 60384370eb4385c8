package org.stdtrack.portfolio;

import org.stdtrack.support.OnH2;

@OnH2
class PortfolioImportOnH2Test extends PortfolioImportTest {}
