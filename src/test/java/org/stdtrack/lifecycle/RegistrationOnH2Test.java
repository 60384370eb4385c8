package org.stdtrack.lifecycle;

import org.stdtrack.support.OnH2;

@OnH2
class RegistrationOnH2Test extends RegistrationTest {}
