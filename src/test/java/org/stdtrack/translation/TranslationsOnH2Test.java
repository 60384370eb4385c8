package org.stdtrack.translation;

import org.stdtrack.support.OnH2;

@OnH2
class TranslationsOnH2Test extends TranslationsTest {}
