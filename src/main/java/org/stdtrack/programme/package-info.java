/**
 * Reference data: programmes, the domain taxonomy, committees and organisations with their credit
 * codes.
 */
package org.stdtrack.programme;
