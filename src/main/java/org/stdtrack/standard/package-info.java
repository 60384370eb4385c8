/**
 * The standard record: stages and stage events, published numbers, who may see which standard (StandardAccess)
 * and the rules overdue / published / in development in Java and SQL (StandardConditions), GET /api/standards
 * and the list page.
 */
@ApplicationModule(allowedDependencies = {"export", "identity", "persistence", "problem", "programme", "web"})
package org.stdtrack.standard;

import org.springframework.modulith.ApplicationModule;
