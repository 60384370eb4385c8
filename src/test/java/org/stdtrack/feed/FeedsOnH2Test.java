package org.stdtrack.feed;

import org.stdtrack.support.OnH2;

@OnH2
class FeedsOnH2Test extends FeedsTest {}
