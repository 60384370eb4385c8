/**
 * Files sent by users, read with bounded work: spooled to a temporary file as they arrive (with their SHA-256),
 * ZIP containers (XLSX, DOCX, ODT) checked for their number of parts and each part's inflated size before a part
 * is read, and tables (CSV, the first sheet of an XLSX workbook) streamed row by row with rows, columns and line
 * lengths bounded and CSV text decoded strictly (UTF-8, else GB18030, never a replacement character).
 */
@ApplicationModule(allowedDependencies = {"persistence", "problem"})
package org.stdtrack.files;

import org.springframework.modulith.ApplicationModule;
