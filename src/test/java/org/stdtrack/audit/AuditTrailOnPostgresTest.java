package org.stdtrack.audit;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class AuditTrailOnPostgresTest extends AuditTrailTest {}
