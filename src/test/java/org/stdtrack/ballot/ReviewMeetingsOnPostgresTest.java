package org.stdtrack.ballot;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ReviewMeetingsOnPostgresTest extends ReviewMeetingsTest {}
