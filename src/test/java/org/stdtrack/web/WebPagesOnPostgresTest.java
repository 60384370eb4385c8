package org.stdtrack.web;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class WebPagesOnPostgresTest extends WebPagesTest {}
