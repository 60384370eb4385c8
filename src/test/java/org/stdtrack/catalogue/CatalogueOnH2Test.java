package org.stdtrack.catalogue;

import org.stdtrack.support.OnH2;

@OnH2
class CatalogueOnH2Test extends CatalogueTest {}
