/**
 * A standard's documents: every version of each kind (the drafts of each stage, the drafting explanation, the
 * review minutes, the published text), recognised by their bytes, kept in the database in chunks and streamed in
 * and out; and what changed between two versions of a text.
 */
@ApplicationModule(allowedDependencies = {"audit", "files", "identity", "persistence", "problem", "standard", "web"})
package org.stdtrack.document;

import org.springframework.modulith.ApplicationModule;
