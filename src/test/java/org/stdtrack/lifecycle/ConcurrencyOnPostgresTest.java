package org.stdtrack.lifecycle;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ConcurrencyOnPostgresTest extends ConcurrencyTest {}
