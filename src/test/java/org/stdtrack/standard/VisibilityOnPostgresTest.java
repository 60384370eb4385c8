package org.stdtrack.standard;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class VisibilityOnPostgresTest extends VisibilityTest {}
