/**
 * The demo profile only: demo accounts and organisations, and a living demo programme replayed through
 * the real lifecycle with a backdated engine clock.
 */
package org.stdtrack.demo;
