package org.stdtrack.document;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class DocumentsOnPostgresTest extends DocumentsTest {}
