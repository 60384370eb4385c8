package org.stdtrack.report;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class StageReportOnPostgresTest extends StageReportTest {}
