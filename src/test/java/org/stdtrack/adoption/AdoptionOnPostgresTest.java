package org.stdtrack.adoption;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class AdoptionOnPostgresTest extends AdoptionTest {}
