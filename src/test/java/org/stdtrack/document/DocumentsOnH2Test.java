package org.stdtrack.document;

import org.stdtrack.support.OnH2;

@OnH2
class DocumentsOnH2Test extends DocumentsTest {}
