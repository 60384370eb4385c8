package org.stdtrack.consultation;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class CommentsApiOnPostgresTest extends CommentsApiTest {}
