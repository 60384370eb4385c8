package org.stdtrack.identity;

import org.stdtrack.support.OnH2;

@OnH2
class SessionsAndSignInOnH2Test extends SessionsAndSignInTest {}
