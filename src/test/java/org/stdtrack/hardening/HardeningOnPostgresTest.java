package org.stdtrack.hardening;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class HardeningOnPostgresTest extends HardeningTest {}
