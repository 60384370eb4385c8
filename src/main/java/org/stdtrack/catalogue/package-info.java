/**
 * The public catalogue (issue 33): published, in-force and withdrawn standards for anyone without an account —
 * their numbers, titles, domain, committee, dates, international correspondence and published text — searched
 * by number and words in either language, filtered by domain, status and year; as pages, as JSON with an OpenAPI
 * description of its own ({@code /v3/api-docs/public}) and as an Atom feed of new publications; rate-limited per
 * address. Nothing in development is ever shown.
 */
@ApplicationModule(allowedDependencies = {"document", "feed", "problem", "programme", "standard", "web"})
package org.stdtrack.catalogue;

import org.springframework.modulith.ApplicationModule;
