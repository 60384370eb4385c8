package org.stdtrack.promotion;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class PilotsOnPostgresTest extends PilotsTest {}
