package org.stdtrack.periodicreview;

import org.stdtrack.support.OnH2;

@OnH2
class ReviewBatchesOnH2Test extends ReviewBatchesTest {}
