package org.stdtrack.adoption;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class AdoptionPagesOnPostgresTest extends AdoptionPagesTest {}
