package org.stdtrack.extension;

import org.stdtrack.support.OnH2;

@OnH2
class ExtensionRequestsOnH2Test extends ExtensionRequestsTest {}
