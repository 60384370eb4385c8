package org.stdtrack.api;

import org.stdtrack.support.OnH2;

@OnH2
class AuthorizationMatrixOnH2Test extends AuthorizationMatrixTest {}
