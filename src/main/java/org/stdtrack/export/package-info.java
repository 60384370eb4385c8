/**
 * Any report as CSV (formula-safe, UTF-8 with BOM) or XLSX (Apache POI), column titles in English or Chinese.
 */
@ApplicationModule(allowedDependencies = {"problem"})
package org.stdtrack.export;

import org.springframework.modulith.ApplicationModule;
