package org.stdtrack.audit;

import org.stdtrack.support.OnH2;

@OnH2
class AuditTrailOnH2Test extends AuditTrailTest {}
