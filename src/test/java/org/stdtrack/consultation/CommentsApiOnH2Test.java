package org.stdtrack.consultation;

import org.stdtrack.support.OnH2;

@OnH2
class CommentsApiOnH2Test extends CommentsApiTest {}
