package org.stdtrack.extension;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ExtensionRequestsOnPostgresTest extends ExtensionRequestsTest {}
