/**
 * A standard's dossier: the page that tells one standard's whole story, composed from the features that
 * own each part (stage history, tasks, comments, ballots, adoption, audit).
 */
package org.stdtrack.dossier;
