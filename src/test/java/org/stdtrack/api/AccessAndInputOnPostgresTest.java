package org.stdtrack.api;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class AccessAndInputOnPostgresTest extends AccessAndInputTest {
}
