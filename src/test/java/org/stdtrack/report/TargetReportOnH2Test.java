package org.stdtrack.report;

import org.stdtrack.support.OnH2;

@OnH2
class TargetReportOnH2Test extends TargetReportTest {}
