package org.stdtrack.translation;

import org.stdtrack.support.OnPostgres;

@OnPostgres
class TranslationsOnPostgresTest extends TranslationsTest {}
