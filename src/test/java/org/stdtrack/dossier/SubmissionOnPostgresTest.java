package org.stdtrack.dossier;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class SubmissionOnPostgresTest extends SubmissionTest {}
