/**
 * Any report as CSV (formula-safe, UTF-8 with BOM) or XLSX (Apache POI), column titles in English or
 * Chinese. Depends on no feature.
 */
package org.stdtrack.export;
