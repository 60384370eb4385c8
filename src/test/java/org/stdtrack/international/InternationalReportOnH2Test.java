package org.stdtrack.international;

import org.stdtrack.support.OnH2;

@OnH2
class InternationalReportOnH2Test extends InternationalReportTest {}
