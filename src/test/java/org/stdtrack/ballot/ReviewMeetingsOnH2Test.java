package org.stdtrack.ballot;

import org.stdtrack.support.OnH2;

@OnH2
class ReviewMeetingsOnH2Test extends ReviewMeetingsTest {}
