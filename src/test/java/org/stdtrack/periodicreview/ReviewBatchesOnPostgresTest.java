package org.stdtrack.periodicreview;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ReviewBatchesOnPostgresTest extends ReviewBatchesTest {}
