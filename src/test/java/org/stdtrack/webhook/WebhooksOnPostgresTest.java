package org.stdtrack.webhook;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class WebhooksOnPostgresTest extends WebhooksTest {}
