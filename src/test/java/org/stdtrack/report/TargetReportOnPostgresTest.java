package org.stdtrack.report;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class TargetReportOnPostgresTest extends TargetReportTest {}
