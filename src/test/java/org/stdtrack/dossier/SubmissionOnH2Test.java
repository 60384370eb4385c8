package org.stdtrack.dossier;

import org.stdtrack.support.OnH2;

@OnH2
class SubmissionOnH2Test extends SubmissionTest {}
