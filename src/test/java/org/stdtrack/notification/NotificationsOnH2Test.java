package org.stdtrack.notification;

import org.stdtrack.support.OnH2;

@OnH2
class NotificationsOnH2Test extends NotificationsTest {}
