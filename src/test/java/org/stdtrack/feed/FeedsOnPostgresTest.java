package org.stdtrack.feed;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class FeedsOnPostgresTest extends FeedsTest {}
