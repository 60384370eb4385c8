package org.stdtrack.report;

import org.stdtrack.support.OnH2;

@OnH2
class CommitteeDashboardOnH2Test extends CommitteeDashboardTest {}
