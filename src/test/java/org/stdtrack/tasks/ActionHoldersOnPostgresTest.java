package org.stdtrack.tasks;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class ActionHoldersOnPostgresTest extends ActionHoldersTest {}
