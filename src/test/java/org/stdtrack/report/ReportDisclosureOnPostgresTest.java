package org.stdtrack.report;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ReportDisclosureOnPostgresTest extends ReportDisclosureTest {}
