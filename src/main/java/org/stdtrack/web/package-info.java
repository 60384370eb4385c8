/**
 * What every page shares: labels in the reader's language, forms, refusals as pages, the request and
 * after-commit log context. Depends on no feature.
 */
package org.stdtrack.web;
