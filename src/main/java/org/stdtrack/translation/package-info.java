/**
 * Foreign-language versions (外文版): a sub-project of a standard per language, with its own clock — within 90 days
 * of the standard's publication when it runs alongside the standard's development, within a year when it starts
 * after publication — and the document it delivers.
 */
@ApplicationModule(
        allowedDependencies = {"audit", "document", "identity", "persistence", "policy", "problem", "standard", "web"})
package org.stdtrack.translation;

import org.springframework.modulith.ApplicationModule;
