/**
 * What every page shares: labels in the reader's language, forms, refusals as pages, the request and
 * after-commit log context.
 */
@ApplicationModule(allowedDependencies = {"problem", "programme"})
package org.stdtrack.web;

import org.springframework.modulith.ApplicationModule;
