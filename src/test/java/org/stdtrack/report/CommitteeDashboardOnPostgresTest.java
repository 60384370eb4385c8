package org.stdtrack.report;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class CommitteeDashboardOnPostgresTest extends CommitteeDashboardTest {}
