package org.stdtrack.web;

import org.stdtrack.support.OnH2;

@OnH2
class WebPagesOnH2Test extends WebPagesTest {}
