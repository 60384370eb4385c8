package org.stdtrack.webhook;

import org.stdtrack.support.OnH2;

@OnH2
class WebhooksOnH2Test extends WebhooksTest {}
