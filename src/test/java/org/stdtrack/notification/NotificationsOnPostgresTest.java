package org.stdtrack.notification;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class NotificationsOnPostgresTest extends NotificationsTest {}
