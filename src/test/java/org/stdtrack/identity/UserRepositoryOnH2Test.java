package org.stdtrack.identity;

import org.stdtrack.support.OnH2;

@OnH2
class UserRepositoryOnH2Test extends UserRepositoryTest {}
